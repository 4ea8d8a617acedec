namespace Ics2Port.Domain.ShipSupplies;

/// <summary>Box 8 (consignee) of the export or re-export declaration for a ship: its name and the company that owns it.</summary>
public sealed record SupplyConsignee
{
    public string? VesselName { get; init; }
    public string? OwningCompany { get; init; }
}
