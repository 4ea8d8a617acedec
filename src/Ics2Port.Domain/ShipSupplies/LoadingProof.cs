namespace Ics2Port.Domain.ShipSupplies;

/// <summary>The ship's confirmation that supplied goods were loaded on board (SUP-EXPORT): who, when, which lines, how much.</summary>
public sealed record LoadingProof
{
    public ShipOfficer? ConfirmedBy { get; init; }

    /// <summary>ISO 8601 date and time with offset.</summary>
    public string? LoadedAt { get; init; }

    public IReadOnlyList<LoadedLine>? Lines { get; init; }
}
