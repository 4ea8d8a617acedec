namespace Ics2Port.Domain.Tests.Manifests;

using Ics2Port.Domain.Common;
using Ics2Port.Domain.Manifests;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Tests.Builders;

public sealed class CargoManifestValidatorTests
{
    [Fact]
    public void Validate_CompleteManifest_ReportsNothing()
    {
        var manifest = new ManifestBuilder().Build();

        var report = Validate(manifest);

        Assert.Equal((0, 0), (report.Errors.Count, report.Warnings.Count));
    }

    [Fact]
    public void Validate_NoIssuer_ReportsPartyRequired_PARTY_REQUIRED()
    {
        var manifest = new ManifestBuilder().WithIssuer(null).Build();

        var report = Validate(manifest);

        Assert.Equal([("/issuer", "PARTY-REQUIRED")], Errors(report));
    }

    [Fact]
    public void Validate_IssuerWithoutEmail_ReportsPartyMin_PARTY_MIN()
    {
        var manifest = new ManifestBuilder().WithIssuer(new PartyBuilder().WithEmail(null)).Build();

        var report = Validate(manifest);

        Assert.Equal([("/issuer/email", "PARTY-MIN")], Errors(report));
    }

    [Fact]
    public void Validate_IssuerAuthorisedMissing_ReportsRequired()
    {
        var manifest = new ManifestBuilder().WithIssuerAuthorised(null).Build();

        var report = Validate(manifest);

        Assert.Equal([("/issuerAuthorised", "REQUIRED")], Errors(report));
    }

    [Fact]
    public void Validate_NoConsignments_ReportsRequired()
    {
        var manifest = new ManifestBuilder().WithConsignments((Consignment[]?)null).Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments", "REQUIRED")], Errors(report));
    }

    [Fact]
    public void Validate_NullConsignment_ReportsRequired()
    {
        var manifest = new ManifestBuilder().WithConsignments([new ConsignmentBuilder().Build(), null!]).Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments/1", "REQUIRED")], Errors(report));
    }

    [Fact]
    public void Validate_NoBillOfLading_ReportsRequired()
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithBillOfLading(" ")).Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments/0/billOfLading", "REQUIRED")], Errors(report));
    }

    [Fact]
    public void Validate_BillOfLadingTwice_ReportsConsistencyOnTheRepeat_CONSISTENCY()
    {
        var manifest = new ManifestBuilder()
            .WithConsignments(new ConsignmentBuilder(), new ConsignmentBuilder().WithBillOfLading("MSCUSH2611002"), new ConsignmentBuilder().WithBillOfLading("mscush2611001"))
            .Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments/2/billOfLading", "CONSISTENCY")], Errors(report));
        Assert.Contains("consignment 0", report.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DistinctBillsOfLading_ReportsNothing_CONSISTENCY()
    {
        var manifest = new ManifestBuilder()
            .WithConsignments(new ConsignmentBuilder(), new ConsignmentBuilder().WithBillOfLading("MSCUSH2611002"))
            .Build();

        var report = Validate(manifest);

        Assert.Empty(report.Errors);
    }

    [Theory]
    [InlineData("SHANGHAI", "LVRIX", "/consignments/0/portOfLoading")]
    [InlineData("CNSHA", "LVRI1", "/consignments/0/portOfDischarge")]
    public void Validate_PortNotUnLocode_ReportsFormatUnLocode_FORMAT_UNLOCODE(string loading, string discharge, string pointer)
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithPortOfLoading(loading).WithPortOfDischarge(discharge)).Build();

        var report = Validate(manifest);

        Assert.Equal([(pointer, "FORMAT-UNLOCODE")], Errors(report));
    }

    [Fact]
    public void Validate_NoConsignor_ReportsPartyRequired_PARTY_REQUIRED()
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithConsignor(null)).Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments/0/consignor", "PARTY-REQUIRED")], Errors(report));
    }

    [Fact]
    public void Validate_NoConsignee_ReportsPartyRequired_PARTY_REQUIRED()
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithConsignee(null)).Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments/0/consignee", "PARTY-REQUIRED")], Errors(report));
    }

    [Fact]
    public void Validate_ConsigneeWithoutName_ReportsPartyMin_PARTY_MIN()
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithConsignee(new PartyBuilder().WithName(null))).Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments/0/consignee/name", "PARTY-MIN")], Errors(report));
    }

    [Fact]
    public void Validate_ConsigneeWithMalformedEori_ReportsPartyMinLikeTheContractExample_PARTY_MIN()
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithConsignee(new PartyBuilder().WithEori("LV123"))).Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments/0/consignee/eori", "PARTY-MIN")], Errors(report));
    }

    [Theory]
    [InlineData("container")]
    [InlineData("bulk")]
    [InlineData("break-bulk")]
    [InlineData("ro-ro")]
    public void Validate_KnownCargoType_ReportsNothing(string cargoType)
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithCargoType(cargoType)).Build();

        var report = Validate(manifest);

        Assert.Empty(report.Errors);
    }

    [Theory]
    [InlineData(null, "REQUIRED")]
    [InlineData("reefer", "FORMAT-VALUE")]
    [InlineData("Container", "FORMAT-VALUE")]
    public void Validate_MissingOrUnknownCargoType_ReportsOnCargoType(string? cargoType, string rule)
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithCargoType(cargoType)).Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments/0/cargoType", rule)], Errors(report));
    }

    [Fact]
    public void Validate_NoItems_ReportsRequired()
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithItems()).Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments/0/items", "REQUIRED")], Errors(report));
    }

    public static TheoryData<ManifestItemBuilder, string, string> BadItems => new()
    {
        { new ManifestItemBuilder().WithDescription(null), "/consignments/0/items/1/description", "REQUIRED" },
        { new ManifestItemBuilder().WithHsCode(null), "/consignments/0/items/1/hsCode", "REQUIRED" },
        { new ManifestItemBuilder().WithHsCode("44A7"), "/consignments/0/items/1/hsCode", "FORMAT-HS" },
        { new ManifestItemBuilder().WithHsCode("440"), "/consignments/0/items/1/hsCode", "FORMAT-HS" },
        { new ManifestItemBuilder().WithoutPackages(), "/consignments/0/items/1/packages", "REQUIRED" },
        { new ManifestItemBuilder().WithPackages(0, "bundle"), "/consignments/0/items/1/packages/count", "FORMAT-VALUE" },
        { new ManifestItemBuilder().WithPackages(null, "bundle"), "/consignments/0/items/1/packages/count", "REQUIRED" },
        { new ManifestItemBuilder().WithPackages(40, ""), "/consignments/0/items/1/packages/kind", "REQUIRED" },
        { new ManifestItemBuilder().WithGrossMassKg(null), "/consignments/0/items/1/grossMassKg", "REQUIRED" },
        { new ManifestItemBuilder().WithGrossMassKg(0m), "/consignments/0/items/1/grossMassKg", "FORMAT-VALUE" },
        { new ManifestItemBuilder().WithContainerNumber("CSQU3054384"), "/consignments/0/items/1/containerNumber", "FORMAT-CONTAINER" },
        { new ManifestItemBuilder().WithContainerNumber(null), "/consignments/0/items/1/containerNumber", "REQUIRED" },
    };

    [Theory]
    [MemberData(nameof(BadItems))]
    public void Validate_BadItem_ReportsOnItsField(ManifestItemBuilder item, string pointer, string rule)
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithItems(new ManifestItemBuilder(), item)).Build();

        var report = Validate(manifest);

        Assert.Equal([(pointer, rule)], Errors(report));
    }

    [Fact]
    public void Validate_SeveralBadItemsAndConsignments_ReportsEveryOne()
    {
        var manifest = new ManifestBuilder()
            .WithConsignments(
                new ConsignmentBuilder().WithPortOfLoading("SHANGHAI").WithItems(new ManifestItemBuilder().WithDescription(null), new ManifestItemBuilder(), new ManifestItemBuilder().WithDescription(null)),
                new ConsignmentBuilder().WithBillOfLading("MSCUSH2611002").WithPortOfLoading("NINGBO"))
            .Build();

        var report = Validate(manifest);

        Assert.Equal(
            [
                ("/consignments/0/portOfLoading", "FORMAT-UNLOCODE"),
                ("/consignments/0/items/0/description", "REQUIRED"),
                ("/consignments/0/items/2/description", "REQUIRED"),
                ("/consignments/1/portOfLoading", "FORMAT-UNLOCODE"),
            ],
            Errors(report));
    }

    [Fact]
    public void Validate_NullItem_ReportsRequired()
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithItems(new ManifestItem[] { null! })).Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments/0/items/0", "REQUIRED")], Errors(report));
    }

    [Theory]
    [InlineData("bulk")]
    [InlineData("ro-ro")]
    public void Validate_NoContainerNumberOutsideContainerCargo_ReportsNothing(string cargoType)
    {
        var manifest = new ManifestBuilder()
            .WithConsignments(new ConsignmentBuilder().WithCargoType(cargoType).WithItems(new ManifestItemBuilder().WithContainerNumber(null)))
            .Build();

        var report = Validate(manifest);

        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Validate_HeadingOnlyHsCode_WarnsHsPartial_HS_PARTIAL()
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithItems(new ManifestItemBuilder().WithHsCode("4407"))).Build();

        var report = Validate(manifest);

        Assert.Empty(report.Errors);
        Assert.Equal([("/consignments/0/items/0/hsCode", "HS-PARTIAL")], Warnings(report));
    }

    [Theory]
    [InlineData("440710")]
    [InlineData("4407 10 91")]
    public void Validate_SubheadingHsCode_WarnsNothing_HS_PARTIAL(string hsCode)
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithItems(new ManifestItemBuilder().WithHsCode(hsCode))).Build();

        var report = Validate(manifest);

        Assert.Equal((0, 0), (report.Errors.Count, report.Warnings.Count));
    }

    [Fact]
    public void Validate_NoStatusOnItemOrConsignment_ReportsStatusCodesOnTheItem_STATUS_CODES()
    {
        var manifest = new ManifestBuilder()
            .WithConsignments(new ConsignmentBuilder().WithGoodsStatus(null).WithItems(new ManifestItemBuilder().WithGoodsStatus("N"), new ManifestItemBuilder()))
            .Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments/0/items/1/goodsStatus", "STATUS-CODES")], Errors(report));
    }

    [Theory]
    [InlineData("C")]
    [InlineData("F")]
    [InlineData("N")]
    public void Validate_ItemCarriesOwnStatus_ReportsNothing_STATUS_CODES(string status)
    {
        var manifest = new ManifestBuilder()
            .WithIssuerAuthorised(true)
            .WithConsignments(new ConsignmentBuilder().WithGoodsStatus(null).WithItems(new ManifestItemBuilder().WithGoodsStatus(status)))
            .Build();

        var report = Validate(manifest);

        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Validate_ItemStatusNotCfn_ReportsStatusCodesOnTheItem_STATUS_CODES()
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithItems(new ManifestItemBuilder().WithGoodsStatus("T2L"))).Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments/0/items/0/goodsStatus", "STATUS-CODES")], Errors(report));
    }

    [Fact]
    public void Validate_ConsignmentStatusNotCfn_ReportsStatusCodesOnceOnTheConsignment_STATUS_CODES()
    {
        var manifest = new ManifestBuilder()
            .WithConsignments(new ConsignmentBuilder().WithGoodsStatus("c").WithItems(new ManifestItemBuilder(), new ManifestItemBuilder()))
            .Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments/0/goodsStatus", "STATUS-CODES")], Errors(report));
    }

    [Fact]
    public void Validate_ContainerWithTwoStatusesFromConsignments_ReportsStatusMixedOnEveryItem_STATUS_MIXED()
    {
        var manifest = new ManifestBuilder()
            .WithIssuerAuthorised(true)
            .WithConsignments(
                new ConsignmentBuilder().WithGoodsStatus("C").WithItems(new ManifestItemBuilder().WithContainerNumber("MSCU1234566"), new ManifestItemBuilder()),
                new ConsignmentBuilder().WithBillOfLading("MSCUSH2611002").WithGoodsStatus("N").WithItems(new ManifestItemBuilder().WithContainerNumber("MSCU 123456 6")))
            .Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments/0/items/0/goodsStatus", "STATUS-MIXED"), ("/consignments/1/items/0/goodsStatus", "STATUS-MIXED")], Errors(report));
        Assert.All(report.Errors, error => Assert.Contains("MSCU1234566", error.Message, StringComparison.Ordinal));
        Assert.All(report.Errors, error => Assert.Contains("(C, N)", error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MixedContainerWhereOneItemHasOwnStatus_ReportsOnlyTheOtherItem_STATUS_MIXED()
    {
        var manifest = new ManifestBuilder()
            .WithIssuerAuthorised(true)
            .WithConsignments(new ConsignmentBuilder().WithGoodsStatus("N").WithItems(new ManifestItemBuilder().WithGoodsStatus("C"), new ManifestItemBuilder()))
            .Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments/0/items/1/goodsStatus", "STATUS-MIXED")], Errors(report));
    }

    [Fact]
    public void Validate_MixedContainerWhereEveryItemHasOwnStatus_ReportsNothing_STATUS_MIXED()
    {
        var manifest = new ManifestBuilder()
            .WithIssuerAuthorised(true)
            .WithConsignments(new ConsignmentBuilder().WithGoodsStatus("N").WithItems(new ManifestItemBuilder().WithGoodsStatus("C"), new ManifestItemBuilder().WithGoodsStatus("N")))
            .Build();

        var report = Validate(manifest);

        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Validate_ContainerWithUnionGoodsOutsideVatAreaAndNonUnionGoods_ReportsStatusMixed_STATUS_MIXED()
    {
        var manifest = new ManifestBuilder()
            .WithIssuerAuthorised(true)
            .WithConsignments(
                new ConsignmentBuilder().WithGoodsStatus("F"),
                new ConsignmentBuilder().WithBillOfLading("MSCUSH2611002").WithGoodsStatus("N"))
            .Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments/0/items/0/goodsStatus", "STATUS-MIXED"), ("/consignments/1/items/0/goodsStatus", "STATUS-MIXED")], Errors(report));
        Assert.All(report.Errors, error => Assert.Contains("(F, N)", error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ContainerWithOnlyUnionGoodsOfBothUnionStatuses_ReportsNothing_STATUS_MIXED()
    {
        // C and F are both Union goods: seed 003 asks for statuses item by item only where Union and non-Union goods share a container.
        var manifest = new ManifestBuilder()
            .WithIssuerAuthorised(true)
            .WithConsignments(
                new ConsignmentBuilder().WithGoodsStatus("C"),
                new ConsignmentBuilder().WithBillOfLading("MSCUSH2611002").WithGoodsStatus("F"))
            .Build();

        var report = Validate(manifest);

        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Validate_ContainerWithOneStatusAcrossConsignments_ReportsNothing_STATUS_MIXED()
    {
        var manifest = new ManifestBuilder()
            .WithConsignments(new ConsignmentBuilder(), new ConsignmentBuilder().WithBillOfLading("MSCUSH2611002"))
            .Build();

        var report = Validate(manifest);

        Assert.Empty(report.Errors);
    }

    [Theory]
    [InlineData("C")]
    [InlineData("F")]
    public void Validate_UnionGoodsWithoutRegularServiceEndorsementOrAuthorisation_ReportsStatusEndorse_STATUS_PROOF_STATUS_ENDORSE(string status)
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithGoodsStatus(status)).Build();

        var report = Validate(manifest, new DocumentContextBuilder().WithRegularShippingService(false).Build());

        Assert.Equal([("/customsEndorsement", "STATUS-ENDORSE")], Errors(report));
    }

    [Fact]
    public void Validate_UnionGoodsTakenOutWithoutRegularServiceOrEndorsement_FiledAndWarnsStatusEndorse_STATUS_PROOF()
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithGoodsStatus("C")).Build();
        var departure = new DocumentContextBuilder().WithDirection(Direction.Departure).WithRegularShippingService(false).Build();

        var report = Validate(manifest, departure);

        Assert.Empty(report.Errors);
        Assert.Equal([("/customsEndorsement", "STATUS-ENDORSE")], Warnings(report));
    }

    [Fact]
    public void Validate_UnionGoodsOnRegularShippingService_ReportsNothing_STATUS_PROOF()
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithGoodsStatus("C")).Build();

        var report = Validate(manifest, new DocumentContextBuilder().WithRegularShippingService(true).Build());

        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Validate_OnlyNonUnionGoodsWithoutRegularService_ReportsNothing_STATUS_PROOF()
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithGoodsStatus("N")).Build();

        var report = Validate(manifest, new DocumentContextBuilder().WithRegularShippingService(false).Build());

        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Validate_UnionGoodsWithAuthorisedIssuer_ReportsNothing_STATUS_ENDORSE()
    {
        var manifest = new ManifestBuilder().WithIssuerAuthorised(true).WithConsignments(new ConsignmentBuilder().WithGoodsStatus("C")).Build();

        var report = Validate(manifest);

        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Validate_UnionGoodsWithEndorsement_ReportsNothing_STATUS_ENDORSE()
    {
        var manifest = new ManifestBuilder()
            .WithCustomsEndorsement("SE601000", "26SE601000T2L00042", "2026-11-21")
            .WithConsignments(new ConsignmentBuilder().WithGoodsStatus("C"))
            .Build();

        var report = Validate(manifest);

        Assert.Empty(report.Errors);
    }

    [Theory]
    [InlineData(null, "26SE601000T2L00042", "2026-11-21", "/customsEndorsement/office", "STATUS-ENDORSE")]
    [InlineData("SE601000", "", "2026-11-21", "/customsEndorsement/reference", "STATUS-ENDORSE")]
    [InlineData("SE601000", "26SE601000T2L00042", null, "/customsEndorsement/date", "STATUS-ENDORSE")]
    [InlineData("SE601000", "26SE601000T2L00042", "21.11.2026", "/customsEndorsement/date", "FORMAT-DATE")]
    public void Validate_IncompleteEndorsement_ReportsOnItsField_STATUS_ENDORSE(string? office, string? reference, string? date, string pointer, string rule)
    {
        var manifest = new ManifestBuilder()
            .WithCustomsEndorsement(office, reference, date)
            .WithConsignments(new ConsignmentBuilder().WithGoodsStatus("C"))
            .Build();

        var report = Validate(manifest);

        Assert.Equal([(pointer, rule)], Errors(report));
    }

    [Fact]
    public void Validate_ArrivalWithoutMrnOrExemption_WarnsEnsWhen_ENS_WHEN()
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithEnsMrn(null)).Build();

        var report = Validate(manifest, new DocumentContextBuilder().WithDirection(Direction.Arrival).Build());

        Assert.Empty(report.Errors);
        Assert.Equal([("/consignments/0/ensMrn", "ENS-WHEN")], Warnings(report));
    }

    [Fact]
    public void Validate_DepartureWithoutMrnOrExemption_WarnsNothing_ENS_WHEN()
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithEnsMrn(null)).Build();

        var report = Validate(manifest, new DocumentContextBuilder().WithDirection(Direction.Departure).Build());

        Assert.Equal((0, 0), (report.Errors.Count, report.Warnings.Count));
    }

    [Theory]
    [InlineData("ships-stores")]
    [InlineData("personal-luggage")]
    [InlineData("no-third-country-call")]
    public void Validate_KnownExemptionWithoutMrn_ReportsNothing_ENS_EXEMPT(string exemption)
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithEnsMrn(null).WithEnsExemption(exemption)).Build();

        var report = Validate(manifest);

        Assert.Equal((0, 0), (report.Errors.Count, report.Warnings.Count));
    }

    [Fact]
    public void Validate_UnknownExemption_ReportsEnsExempt_ENS_EXEMPT()
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithEnsMrn(null).WithEnsExemption("transit")).Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments/0/ensExemption", "ENS-EXEMPT")], Errors(report));
    }

    [Theory]
    [InlineData("26LV123")]
    [InlineData("2XLV000210E0001234")]
    [InlineData("26QQ000210E0001234")]
    [InlineData("26lv000210e0001234")]
    public void Validate_MalformedMrn_ReportsEnsRegistration_ENS_REGISTRATION(string mrn)
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithEnsMrn(mrn)).Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments/0/ensMrn", "ENS-REGISTRATION")], Errors(report));
    }

    [Fact]
    public void Validate_TenThousandItemsWithOneMixedContainer_ReportsOnlyItsItems_STATUS_MIXED()
    {
        var items = Enumerable.Range(0, 10_000).Select(_ => new ManifestItemBuilder().WithContainerNumber("MAEU7000015").Build()).ToList();
        items[9_999] = items[9_999] with { ContainerNumber = "MAEU7000020" };
        var manifest = new ManifestBuilder()
            .WithIssuerAuthorised(true)
            .WithConsignments(
                new ConsignmentBuilder().WithItems(items),
                new ConsignmentBuilder().WithBillOfLading("MSCUSH2611002").WithGoodsStatus("C").WithItems(new ManifestItemBuilder().WithContainerNumber("MAEU7000020")))
            .Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments/0/items/9999/goodsStatus", "STATUS-MIXED"), ("/consignments/1/items/0/goodsStatus", "STATUS-MIXED")], Errors(report));
    }

    private static ValidationReport Validate(CargoManifest manifest, DocumentContext? context = null) =>
        ValidationReports.From(new CargoManifestValidator(context ?? new DocumentContextBuilder().Build()).Validate(manifest));

    private static List<(string Pointer, string Rule)> Errors(ValidationReport report) => [.. report.Errors.Select(f => (f.Pointer, f.Rule))];

    private static List<(string Pointer, string Rule)> Warnings(ValidationReport report) => [.. report.Warnings.Select(f => (f.Pointer, f.Rule))];
}
