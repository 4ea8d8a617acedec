namespace Ics2Port.Functions.Supplies;

/// <summary>The supplies of a port call that the caller may see, oldest first.</summary>
public sealed record SupplyList(string PortCallId, IReadOnlyList<SupplyState> Items);
