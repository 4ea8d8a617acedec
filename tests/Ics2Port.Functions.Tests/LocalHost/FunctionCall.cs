namespace Ics2Port.Functions.Tests.LocalHost;

/// <summary>One call of a recording function: what its trigger gave it, and when on the test's clock.</summary>
public sealed record FunctionCall(string Function, string Input, DateTimeOffset At);
