namespace Ics2Port.Domain.ShipSupplies;

using Ics2Port.Domain.Parties;

/// <summary>
/// Goods a supplier delivers to a ship during its port call (Cabinet Regulation 503; seed 002): who supplies,
/// the ship as consignee (box 8 of the export declaration), the destination code of box 17a and the lines of goods.
/// </summary>
public sealed record ShipSupply
{
    /// <summary>The supplier, who lodges the declaration: PARTY-MIN and an EORI number.</summary>
    public Party? Supplier { get; init; }

    public SupplyConsignee? Consignee { get; init; }

    /// <summary><c>QQ</c>, <c>QR</c>, <c>QS</c> or <c>QV</c> (SUP-DEST-CODE).</summary>
    public string? DestinationCode { get; init; }

    /// <summary>Whether the ship leaves the Union customs territory; decides the procedure of non-Union stores (SUP-NON-UNION).</summary>
    public bool? ShipLeavesCustomsTerritory { get; init; }

    /// <summary>The reference (MRN) of the lodged declaration, once there is one (SUP-EXPORT).</summary>
    public string? DeclarationReference { get; init; }

    public IReadOnlyList<SupplyLine>? Lines { get; init; }
}
