namespace Ics2Port.Domain.Tests.Builders;

using Ics2Port.Domain.Permits;

/// <summary>Valid goods to unload at RIX-KS-12 (sawn timber in CSQU3054383, full CN code); each With… replaces one field.</summary>
public sealed class PermitItemBuilder
{
    private PermitItem item = new()
    {
        Kind = "goods",
        Description = "Sawn timber, pine",
        HsCode = "44071091",
        Packages = 40,
        GrossMassKg = 21000m,
        ContainerNumber = "CSQU3054383",
        Berth = "RIX-KS-12",
        Consignor = new PartyBuilder().WithName("Shanghai Wood Export Co.").WithCountry("CN").WithEori(null).WithEmail("export@shwood.cn").WithPhone("+86 21 5555 0100").Build(),
        Consignee = new PartyBuilder().Build(),
        GoodsStatus = "N",
    };

    /// <summary>A valid empty container: HS heading 8609 (containers), no packages, its tare as gross mass.</summary>
    public static PermitItemBuilder EmptyContainer() => new PermitItemBuilder()
        .WithKind("empty-container")
        .WithDescription("Empty 40' high-cube container")
        .WithHsCode("8609")
        .WithPackages(null)
        .WithGrossMassKg(3900m)
        .WithContainerNumber("MSCU1234566");

    public PermitItemBuilder WithKind(string? kind) => With(item with { Kind = kind });

    public PermitItemBuilder WithDescription(string? description) => With(item with { Description = description });

    public PermitItemBuilder WithHsCode(string? hsCode) => With(item with { HsCode = hsCode });

    public PermitItemBuilder WithPackages(int? packages) => With(item with { Packages = packages });

    public PermitItemBuilder WithGrossMassKg(decimal? grossMassKg) => With(item with { GrossMassKg = grossMassKg });

    public PermitItemBuilder WithContainerNumber(string? containerNumber) => With(item with { ContainerNumber = containerNumber });

    public PermitItemBuilder WithBerth(string? berth) => With(item with { Berth = berth });

    public PermitItemBuilder WithConsignor(PartyBuilder? consignor) => With(item with { Consignor = consignor?.Build() });

    public PermitItemBuilder WithConsignee(PartyBuilder? consignee) => With(item with { Consignee = consignee?.Build() });

    public PermitItemBuilder WithGoodsStatus(string? goodsStatus) => With(item with { GoodsStatus = goodsStatus });

    public PermitItem Build() => item;

    private PermitItemBuilder With(PermitItem changed)
    {
        item = changed;
        return this;
    }
}
