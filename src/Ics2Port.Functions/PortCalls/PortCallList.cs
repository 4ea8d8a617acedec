namespace Ics2Port.Functions.PortCalls;

/// <summary>The caller's port calls, newest first.</summary>
public sealed record PortCallList(IReadOnlyList<PortCallSummary> Items);
