namespace Ics2Port.LocalHost.Admin;

/// <summary>The body of <c>POST /admin/functions/{name}</c>, as Core Tools takes it: the trigger's input as text.</summary>
public sealed record AdminFunctionInput(string? Input);
