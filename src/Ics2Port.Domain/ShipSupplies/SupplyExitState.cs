namespace Ics2Port.Domain.ShipSupplies;

/// <summary>Where a supply stands against SUP-EXPORT.</summary>
/// <param name="Missing"><c>loading-proof</c> and/or <c>declaration-reference</c>.</param>
/// <param name="UnconfirmedLines">Lines the proof of loading does not cover in full (empty without a proof).</param>
/// <param name="LeftCustomsTerritory">True once both are there.</param>
public sealed record SupplyExitState(IReadOnlyList<string> Missing, IReadOnlyList<int> UnconfirmedLines, bool LeftCustomsTerritory);
