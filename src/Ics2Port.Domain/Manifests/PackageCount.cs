namespace Ics2Port.Domain.Manifests;

/// <summary>Number and kind of packages of an item.</summary>
public sealed record PackageCount
{
    public int? Count { get; init; }
    public string? Kind { get; init; }
}
