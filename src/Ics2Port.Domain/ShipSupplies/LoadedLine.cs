namespace Ics2Port.Domain.ShipSupplies;

/// <summary>How much of one supply line went on board.</summary>
public sealed record LoadedLine
{
    /// <summary>The zero-based index of the line in the supply.</summary>
    public int? Line { get; init; }

    /// <summary>In the line's unit; at most the quantity supplied.</summary>
    public decimal? Quantity { get; init; }
}
