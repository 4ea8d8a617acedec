namespace Ics2Port.Storage.Endorsements;

/// <summary>Customs' endorsement of one version of a port call's manifest as proof of Union status (STATUS-ENDORSE).</summary>
public sealed record EndorsementRecord
{
    public required string PortCallId { get; init; }

    /// <summary><c>arrival</c> or <c>departure</c>.</summary>
    public required string Direction { get; init; }

    /// <summary>The manifest version endorsed.</summary>
    public required int Version { get; init; }

    /// <summary>Lower-case hex SHA-256 of that version's body: what exactly was endorsed.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Who endorsed, e.g. <c>customs:0311</c>.</summary>
    public required string EndorsedBy { get; init; }

    /// <summary>The customs office (control point) that endorsed, e.g. <c>0311</c>.</summary>
    public required string Office { get; init; }

    public required DateTimeOffset EndorsedAt { get; init; }

    /// <summary>Customs' own reference of the endorsement, if they gave one.</summary>
    public string? Reference { get; init; }
}
