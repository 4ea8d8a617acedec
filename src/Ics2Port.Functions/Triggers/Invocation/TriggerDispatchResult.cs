using Ics2Port.Functions.Triggers.Envelopes;

namespace Ics2Port.Functions.Triggers.Invocation;

/// <summary>The HTTP status and envelope to answer the host with.</summary>
public sealed record TriggerDispatchResult(int StatusCode, InvocationResponse Response);
