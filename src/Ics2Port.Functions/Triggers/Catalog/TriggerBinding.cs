namespace Ics2Port.Functions.Triggers.Catalog;

/// <summary>A function's trigger binding from <c>function.json</c>: its <c>type</c> and binding <c>name</c>.</summary>
public abstract record TriggerBinding(string Type, string Name);
