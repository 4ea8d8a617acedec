namespace Ics2Port.Functions.Permits;

/// <summary>The permit applications of a port call, each with its state and customs' decision once there is one.</summary>
public sealed record PermitList(string PortCallId, IReadOnlyList<PermitSummary> Items);
