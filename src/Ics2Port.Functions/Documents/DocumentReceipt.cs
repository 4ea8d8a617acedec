namespace Ics2Port.Functions.Documents;

using Ics2Port.Domain.Common;
using Ics2Port.Storage.Documents;

/// <summary>The receipt of an accepted document version (CONTRACT.md), with advisory warnings when there were any.</summary>
public sealed record DocumentReceipt(
    string DocumentId,
    string PortCallId,
    string Direction,
    string Type,
    int Version,
    string Sha256,
    DateTimeOffset ReceivedAt,
    string State,
    IReadOnlyList<Finding>? Warnings = null)
{
    public static DocumentReceipt From(DocumentVersion version, IReadOnlyList<Finding>? warnings = null) => new(
        version.DocumentId,
        version.PortCallId,
        version.Direction,
        version.Type,
        version.Version,
        version.Sha256,
        version.ReceivedAt,
        version.State,
        warnings is { Count: > 0 } ? warnings : null);
}
