namespace Ics2Port.Functions.Manifests;

using Ics2Port.Storage.Endorsements;

/// <summary>Customs' endorsement of a manifest version (STATUS-ENDORSE): which version and body, who, when and which office.</summary>
public sealed record EndorsementView(
    string PortCallId,
    string Direction,
    int Version,
    string Sha256,
    string EndorsedBy,
    string Office,
    DateTimeOffset EndorsedAt,
    string? Reference = null)
{
    public static EndorsementView From(EndorsementRecord record) =>
        new(record.PortCallId, record.Direction, record.Version, record.Sha256, record.EndorsedBy, record.Office, record.EndorsedAt, record.Reference);
}
