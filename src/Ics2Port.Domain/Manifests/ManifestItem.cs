namespace Ics2Port.Domain.Manifests;

/// <summary>One goods item of a consignment.</summary>
public sealed record ManifestItem
{
    public string? Description { get; init; }
    public string? HsCode { get; init; }
    public PackageCount? Packages { get; init; }
    public decimal? GrossMassKg { get; init; }
    /// <summary>ISO 6346 container number.</summary>
    public string? ContainerNumber { get; init; }
    public string? MarksAndNumbers { get; init; }
    /// <summary>Overrides the consignment's status; required in a mixed container (STATUS-MIXED).</summary>
    public string? GoodsStatus { get; init; }
}
