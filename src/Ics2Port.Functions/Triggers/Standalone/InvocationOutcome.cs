namespace Ics2Port.Functions.Triggers.Standalone;

/// <summary>How one loopback invocation ended, as the host would judge it (2xx succeeded).</summary>
internal sealed record InvocationOutcome(string InvocationId, bool Succeeded, string Detail, TimeSpan Duration);
