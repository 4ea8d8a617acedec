namespace Ics2Port.Domain.ShipSupplies;

/// <summary>What a supply's rules need from its port call: the ship's name (box 8) and flag (non-Union equipment and spare parts).</summary>
public sealed record SupplyContext(string? VesselName, string? Flag);
