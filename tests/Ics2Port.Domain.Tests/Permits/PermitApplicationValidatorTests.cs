namespace Ics2Port.Domain.Tests.Permits;

using Ics2Port.Domain.Common;
using Ics2Port.Domain.Permits;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Tests.Builders;

public sealed class PermitApplicationValidatorTests
{
    [Theory]
    [InlineData("unloading")]
    [InlineData("loading")]
    public void ValidatePermit_CompleteApplication_ReportsNothing(string operation)
    {
        var application = new PermitApplicationBuilder().WithOperation(operation).WithItems(new PermitItemBuilder(), PermitItemBuilder.EmptyContainer()).Build();

        var report = Validate(application);

        Assert.Equal((0, 0), (report.Errors.Count, report.Warnings.Count));
    }

    [Theory]
    [InlineData(null, "REQUIRED")]
    [InlineData("discharge", "FORMAT-VALUE")]
    public void ValidatePermit_MissingOrUnknownOperation_ReportsOnOperation(string? operation, string rule)
    {
        var application = new PermitApplicationBuilder().WithOperation(operation).Build();

        var report = Validate(application);

        Assert.Equal([("/operation", rule)], Errors(report));
    }

    [Theory]
    [InlineData(null, "PERMIT-PORT-BERTH")]
    [InlineData("RIGA", "FORMAT-UNLOCODE")]
    [InlineData("LVVNT", "CONSISTENCY")]
    public void ValidatePermit_PortMissingMalformedOrNotThePortCalls_ReportsOnPort_PERMIT_PORT_BERTH(string? port, string rule)
    {
        var application = new PermitApplicationBuilder().WithPort(port).Build();

        var report = Validate(application, new DocumentContextBuilder().WithPort("LVRIX").Build());

        Assert.Equal([("/port", rule)], Errors(report));
    }

    [Fact]
    public void ValidatePermit_AnyValidPortWithoutPortCallPort_ReportsNothing_PERMIT_PORT_BERTH()
    {
        var application = new PermitApplicationBuilder().WithPort("LVVNT").Build();

        var report = Validate(application, new DocumentContextBuilder().WithPort(null).Build());

        Assert.Empty(report.Errors);
    }

    [Fact]
    public void ValidatePermit_NoBerth_ReportsPermitPortBerth_PERMIT_PORT_BERTH()
    {
        var application = new PermitApplicationBuilder().WithBerth(" ").WithItems(new PermitItemBuilder().WithBerth(null)).Build();

        var report = Validate(application);

        Assert.Equal([("/berth", "PERMIT-PORT-BERTH")], Errors(report));
    }

    [Fact]
    public void ValidatePermit_FreeZoneFlagMissing_ReportsRequiredAndNoWarning()
    {
        var application = new PermitApplicationBuilder().WithBerthInFreeZone(null).WithCustomsReference(null).Build();

        var report = Validate(application);

        Assert.Equal([("/berthInFreeZone", "REQUIRED")], Errors(report));
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void ValidatePermit_OutsideFreeZoneWithoutCustomsReference_WarnsPermitCustomsRef_PERMIT_CUSTOMS_REF()
    {
        var application = new PermitApplicationBuilder().WithBerthInFreeZone(false).WithCustomsReference(null).Build();

        var report = Validate(application);

        Assert.Empty(report.Errors);
        Assert.Equal([("/customsReference", "PERMIT-CUSTOMS-REF")], Warnings(report));
    }

    [Fact]
    public void ValidatePermit_InFreeZoneWithoutCustomsReference_WarnsNothing_PERMIT_CUSTOMS_REF()
    {
        var application = new PermitApplicationBuilder().WithBerthInFreeZone(true).WithCustomsReference(null).Build();

        var report = Validate(application);

        Assert.Equal((0, 0), (report.Errors.Count, report.Warnings.Count));
    }

    [Fact]
    public void ValidatePermit_NoItems_ReportsRequired()
    {
        var application = new PermitApplicationBuilder().WithItems().Build();

        var report = Validate(application);

        Assert.Equal([("/items", "REQUIRED")], Errors(report));
    }

    [Fact]
    public void ValidatePermit_SeveralBadItems_ReportsEveryOne()
    {
        var application = new PermitApplicationBuilder()
            .WithItems(new PermitItemBuilder().WithDescription(null), new PermitItemBuilder(), new PermitItemBuilder().WithHsCode(null))
            .Build();

        var report = Validate(application);

        Assert.Equal([("/items/0/description", "REQUIRED"), ("/items/2/hsCode", "HS-REQUIRED")], Errors(report));
    }

    [Fact]
    public void ValidatePermit_NullItem_ReportsRequired()
    {
        var application = new PermitApplicationBuilder().WithItems(new PermitItem[] { null! }).Build();

        var report = Validate(application);

        Assert.Equal([("/items/0", "REQUIRED")], Errors(report));
    }

    [Fact]
    public void ValidatePermit_ItemAtAnotherBerth_ReportsPermitOneBerthNamingBothBerths_PERMIT_ONE_BERTH()
    {
        var application = new PermitApplicationBuilder()
            .WithItems(new PermitItemBuilder(), new PermitItemBuilder().WithBerth("RIX-KS-14"))
            .Build();

        var report = Validate(application);

        Assert.Equal([("/items/1/berth", "PERMIT-ONE-BERTH")], Errors(report));
        Assert.Equal("The application names berths RIX-KS-12, RIX-KS-14; one application covers one berth.", report.Errors[0].Message);
    }

    [Fact]
    public void ValidatePermit_ItemsAtSeveralOtherBerths_ReportsEachWithAllBerths_PERMIT_ONE_BERTH()
    {
        var application = new PermitApplicationBuilder()
            .WithItems(
                new PermitItemBuilder().WithBerth("RIX-KS-14"),
                new PermitItemBuilder().WithBerth(null),
                new PermitItemBuilder().WithBerth("RIX-KS-12"),
                new PermitItemBuilder().WithBerth("RIX-FZ-3"),
                new PermitItemBuilder().WithBerth("RIX-KS-14"))
            .Build();

        var report = Validate(application);

        Assert.Equal([("/items/0/berth", "PERMIT-ONE-BERTH"), ("/items/3/berth", "PERMIT-ONE-BERTH"), ("/items/4/berth", "PERMIT-ONE-BERTH")], Errors(report));
        Assert.All(report.Errors, error => Assert.Equal("The application names berths RIX-KS-12, RIX-KS-14, RIX-FZ-3; one application covers one berth.", error.Message));
    }

    [Fact]
    public void ValidatePermit_ItemsAtTheApplicationsBerthOrNone_ReportsNothing_PERMIT_ONE_BERTH()
    {
        var application = new PermitApplicationBuilder()
            .WithItems(new PermitItemBuilder(), new PermitItemBuilder().WithBerth(null), new PermitItemBuilder().WithBerth("rix-ks-12"))
            .Build();

        var report = Validate(application);

        Assert.Empty(report.Errors);
    }

    [Fact]
    public void ValidatePermit_NoApplicationBerthAndItemsDisagree_ReportsBothRules_PERMIT_ONE_BERTH()
    {
        var application = new PermitApplicationBuilder()
            .WithBerth(null)
            .WithItems(new PermitItemBuilder(), new PermitItemBuilder().WithBerth("RIX-KS-14"))
            .Build();

        var report = Validate(application);

        Assert.Equal([("/berth", "PERMIT-PORT-BERTH"), ("/items/1/berth", "PERMIT-ONE-BERTH")], Errors(report));
    }

    [Theory]
    [InlineData("goods")]
    [InlineData(null)]
    public void ValidatePermit_GoodsWithoutHsCode_ReportsHsRequired_HS_REQUIRED(string? kind)
    {
        var application = new PermitApplicationBuilder().WithItems(new PermitItemBuilder().WithKind(kind).WithHsCode(null)).Build();

        var report = Validate(application);

        Assert.Equal([("/items/0/hsCode", "HS-REQUIRED")], Errors(report));
    }

    [Theory]
    [InlineData("44")]
    [InlineData("440")]
    public void ValidatePermit_HsCodeShorterThanHeading_ReportsFormatHsAskingForHeading_HS_PARTIAL(string hsCode)
    {
        var application = new PermitApplicationBuilder().WithItems(new PermitItemBuilder().WithHsCode(hsCode)).Build();

        var report = Validate(application);

        Assert.Equal([("/items/0/hsCode", "FORMAT-HS")], Errors(report));
        Assert.Contains("at least the 4-digit heading (HS-PARTIAL)", report.Errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("44X7")]
    [InlineData("44071")]
    [InlineData("7701")]
    public void ValidatePermit_MalformedHsCode_ReportsFormatHs_FORMAT_HS(string hsCode)
    {
        var application = new PermitApplicationBuilder().WithItems(new PermitItemBuilder().WithHsCode(hsCode)).Build();

        var report = Validate(application);

        Assert.Equal([("/items/0/hsCode", "FORMAT-HS")], Errors(report));
    }

    [Fact]
    public void ValidatePermit_HeadingOnlyHsCode_WarnsHsPartial_HS_PARTIAL()
    {
        var application = new PermitApplicationBuilder().WithItems(new PermitItemBuilder().WithHsCode("4407")).Build();

        var report = Validate(application);

        Assert.Empty(report.Errors);
        Assert.Equal([("/items/0/hsCode", "HS-PARTIAL")], Warnings(report));
    }

    [Theory]
    [InlineData("440710")]
    [InlineData("4407.10.91")]
    public void ValidatePermit_FullerHsCode_WarnsNothing_HS_PARTIAL(string hsCode)
    {
        var application = new PermitApplicationBuilder().WithItems(new PermitItemBuilder().WithHsCode(hsCode)).Build();

        var report = Validate(application);

        Assert.Equal((0, 0), (report.Errors.Count, report.Warnings.Count));
    }

    public static TheoryData<PermitItemBuilder, string, string> BadItems => new()
    {
        { new PermitItemBuilder().WithKind("pallet"), "/items/0/kind", "FORMAT-VALUE" },
        { new PermitItemBuilder().WithDescription(null), "/items/0/description", "REQUIRED" },
        { new PermitItemBuilder().WithGrossMassKg(null), "/items/0/grossMassKg", "REQUIRED" },
        { new PermitItemBuilder().WithGrossMassKg(0m), "/items/0/grossMassKg", "FORMAT-VALUE" },
        { new PermitItemBuilder().WithPackages(0), "/items/0/packages", "FORMAT-VALUE" },
        { new PermitItemBuilder().WithContainerNumber("CSQU305438"), "/items/0/containerNumber", "FORMAT-CONTAINER" },
        { new PermitItemBuilder().WithConsignor(null), "/items/0/consignor", "PARTY-REQUIRED" },
        { new PermitItemBuilder().WithConsignee(new PartyBuilder().WithPhone(null)), "/items/0/consignee/phone", "PARTY-MIN" },
        { new PermitItemBuilder().WithGoodsStatus("T1"), "/items/0/goodsStatus", "STATUS-CODES" },
        { PermitItemBuilder.EmptyContainer().WithContainerNumber(null), "/items/0/containerNumber", "REQUIRED" },
        { PermitItemBuilder.EmptyContainer().WithContainerNumber("MSCU1234567"), "/items/0/containerNumber", "FORMAT-CONTAINER" },
        { PermitItemBuilder.EmptyContainer().WithHsCode("4407"), "/items/0/hsCode", "CONSISTENCY" },
        { PermitItemBuilder.EmptyContainer().WithGrossMassKg(-1m), "/items/0/grossMassKg", "FORMAT-VALUE" },
        { PermitItemBuilder.EmptyContainer().WithConsignee(null), "/items/0/consignee", "PARTY-REQUIRED" },
    };

    [Theory]
    [MemberData(nameof(BadItems))]
    public void ValidatePermit_BadItem_ReportsOnItsField(PermitItemBuilder item, string pointer, string rule)
    {
        var application = new PermitApplicationBuilder().WithItems(item).Build();

        var report = Validate(application);

        Assert.Equal([(pointer, rule)], Errors(report));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("C")]
    [InlineData("F")]
    public void ValidatePermit_GoodsStatusAbsentOrValid_ReportsNothing_STATUS_CODES(string? status)
    {
        var application = new PermitApplicationBuilder().WithItems(new PermitItemBuilder().WithGoodsStatus(status)).Build();

        var report = Validate(application);

        Assert.Empty(report.Errors);
    }

    [Fact]
    public void ValidatePermit_EmptyContainerWithZeroMass_ReportsNothing()
    {
        var application = new PermitApplicationBuilder().WithItems(PermitItemBuilder.EmptyContainer().WithGrossMassKg(0m)).Build();

        var report = Validate(application);

        Assert.Empty(report.Errors);
    }

    private static ValidationReport Validate(PermitApplication application, DocumentContext? context = null) =>
        PermitRules.ValidatePermit(application, context ?? new DocumentContextBuilder().Build());

    private static List<(string Pointer, string Rule)> Errors(ValidationReport report) => [.. report.Errors.Select(f => (f.Pointer, f.Rule))];

    private static List<(string Pointer, string Rule)> Warnings(ValidationReport report) => [.. report.Warnings.Select(f => (f.Pointer, f.Rule))];
}
