namespace Ics2Port.Domain.Manifests;

/// <summary>Endorsement of the manifest by the office of departure (STATUS-ENDORSE).</summary>
public sealed record CustomsEndorsement
{
    public string? Office { get; init; }
    public string? Reference { get; init; }
    /// <summary>ISO 8601 date.</summary>
    public string? Date { get; init; }
}
