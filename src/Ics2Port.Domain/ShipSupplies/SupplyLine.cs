namespace Ics2Port.Domain.ShipSupplies;

/// <summary>One line of goods of a ship supply.</summary>
public sealed record SupplyLine
{
    public string? Description { get; init; }

    /// <summary>An 8-digit CN code, or one of the simplified codes for goods consumed on board (SUP-CN-SIMPLE).</summary>
    public string? CnCode { get; init; }

    /// <summary>The CN chapter the goods belong to; required with a simplified code, which must fit it (SUP-CN-SIMPLE).</summary>
    public int? CnChapter { get; init; }

    /// <summary><c>union</c> or <c>non-union</c>.</summary>
    public string? CustomsStatus { get; init; }

    /// <summary><c>stores</c>, <c>spare-parts</c>, <c>equipment</c> or <c>fuel</c>.</summary>
    public string? Kind { get; init; }

    public decimal? Quantity { get; init; }
    public string? Unit { get; init; }
    public decimal? ValueEur { get; init; }
    public decimal? NetMassKg { get; init; }

    /// <summary>Whether prohibitions or restrictions apply to the goods (SUP-ORAL).</summary>
    public bool? ProhibitionsOrRestrictions { get; init; }

    /// <summary>Whether the goods are consumed within the Union customs territory (SUP-NON-UNION); false when absent.</summary>
    public bool? ConsumedInCustomsTerritory { get; init; }

    /// <summary>Where non-Union goods come from directly: <c>ship</c> (transshipped), <c>free-zone</c> or <c>temporary-storage</c> (SUP-REEXPORT-NOTICE).</summary>
    public string? TakenFrom { get; init; }
}
