namespace Ics2Port.Domain.Manifests;

/// <summary>Customs' endorsement of a filed manifest version as proof of Union status (STATUS-ENDORSE).</summary>
public sealed record EndorsementRequest
{
    /// <summary>Customs' own reference of the endorsement, e.g. the stamp or record number.</summary>
    public string? Reference { get; init; }
}
