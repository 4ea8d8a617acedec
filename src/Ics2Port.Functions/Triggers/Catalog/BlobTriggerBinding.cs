namespace Ics2Port.Functions.Triggers.Catalog;

/// <summary>
/// A <c>blobTrigger</c>: the watched <see cref="Path"/>, the app setting naming the storage account
/// (<see cref="Connection"/>), <c>dataType</c>, and <c>source</c> (<c>EventGrid</c> on Flex Consumption, else polling).
/// </summary>
public sealed record BlobTriggerBinding(string Name, BlobPathPattern Path, string Connection, string? DataType, string? Source)
    : TriggerBinding("blobTrigger", Name);
