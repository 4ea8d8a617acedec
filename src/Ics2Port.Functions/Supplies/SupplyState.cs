namespace Ics2Port.Functions.Supplies;

/// <summary>Where one supply of a port call stands, as the port call shows it; <c>missing</c> is what SUP-EXPORT still lacks.</summary>
public sealed record SupplyState(
    string SupplyId,
    string SupplierId,
    int Version,
    string State,
    DateTimeOffset ReceivedAt,
    string DeclarationType,
    IReadOnlyList<string> Missing,
    bool LeftCustomsTerritory);
