namespace Ics2Port.Functions.Fallback.Inbox;

using Ics2Port.Storage.PortCalls;

/// <summary>How an e-mail's subject led to a port call, or why it did not.</summary>
public sealed record PortCallLink(string Link, PortCallRecord? PortCall, string? Detail);
