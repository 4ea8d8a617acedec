namespace Ics2Port.LocalHost.Triggers;

/// <summary>How one invocation of a non-HTTP function ended: the exception's message when it failed.</summary>
public sealed record FunctionRun(string Function, string InvocationId, bool Succeeded, string? Error, TimeSpan Duration);
