namespace Ics2Port.Domain.Tests.Builders;

using Ics2Port.Domain.Manifests;

/// <summary>A valid containerised goods item (sawn timber in CSQU3054383, full CN code); each With… replaces one field.</summary>
public sealed class ManifestItemBuilder
{
    private ManifestItem item = new()
    {
        Description = "Sawn timber, pine",
        HsCode = "44071091",
        Packages = new PackageCount { Count = 40, Kind = "bundle" },
        GrossMassKg = 21000m,
        ContainerNumber = "CSQU3054383",
        MarksAndNumbers = "BT/2611/1-40",
    };

    public ManifestItemBuilder WithDescription(string? description) => With(item with { Description = description });

    public ManifestItemBuilder WithHsCode(string? hsCode) => With(item with { HsCode = hsCode });

    public ManifestItemBuilder WithPackages(int? count, string? kind) => With(item with { Packages = new PackageCount { Count = count, Kind = kind } });

    public ManifestItemBuilder WithoutPackages() => With(item with { Packages = null });

    public ManifestItemBuilder WithGrossMassKg(decimal? grossMassKg) => With(item with { GrossMassKg = grossMassKg });

    public ManifestItemBuilder WithContainerNumber(string? containerNumber) => With(item with { ContainerNumber = containerNumber });

    public ManifestItemBuilder WithGoodsStatus(string? goodsStatus) => With(item with { GoodsStatus = goodsStatus });

    public ManifestItem Build() => item;

    private ManifestItemBuilder With(ManifestItem changed)
    {
        item = changed;
        return this;
    }
}
