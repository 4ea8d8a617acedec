namespace Ics2Port.Functions.Triggers.Catalog;

/// <summary>One function: the folder name that holds its <c>function.json</c>, and its trigger.</summary>
public sealed record FunctionDescriptor(string Name, TriggerBinding Trigger, bool Disabled);
