namespace Ics2Port.Functions.Triggers.Catalog;

/// <summary>Any other trigger (<c>httpTrigger</c> above all), which the host forwards or handles itself.</summary>
public sealed record OtherTriggerBinding(string Type, string Name) : TriggerBinding(Type, Name);
