namespace Ics2Port.Domain.Tests.ShipSupplies;

using Ics2Port.Domain.Common;
using Ics2Port.Domain.ShipSupplies;
using Ics2Port.Domain.Tests.Builders;

public sealed class ShipSupplyValidatorTests
{
    private static readonly SupplyContext Latvian = new("BALTIC TRADER", "LV");

    [Fact]
    public void Validate_CompleteSupply_ReportsNothing()
    {
        var supply = new ShipSupplyBuilder().WithLines(new SupplyLineBuilder(), SupplyLineBuilder.NonUnionFuel(), SupplyLineBuilder.NonUnionSparePart()).Build();

        var report = SupplyRules.Validate(supply, Latvian);

        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Validate_SupplierWithoutEori_ReportsRequiredOnEori()
    {
        var supply = new ShipSupplyBuilder().WithSupplier(new PartyBuilder().WithEori(null).Build()).Build();

        var report = SupplyRules.Validate(supply, Latvian);

        Assert.Equal([("/supplier/eori", "REQUIRED")], Errors(report));
    }

    [Fact]
    public void Validate_NoSupplier_ReportsPartyRequired()
    {
        var supply = new ShipSupplyBuilder().WithSupplier(null).Build();

        var report = SupplyRules.Validate(supply, Latvian);

        Assert.Equal([("/supplier", "PARTY-REQUIRED")], Errors(report));
    }

    // Seed 002, "Eksporta deklarācija, reeksporta deklarācija", box 8: for a ship, the ship's name and its owning company.
    [Fact]
    public void Validate_ConsigneeWithoutOwningCompanyOrAnotherShip_ReportsBox8()
    {
        var supply = new ShipSupplyBuilder().WithConsignee("NORDIC STAR", " ").Build();

        var report = SupplyRules.Validate(supply, Latvian);

        Assert.Equal([("/consignee/vesselName", "CONSISTENCY"), ("/consignee/owningCompany", "REQUIRED")], Errors(report));
    }

    [Fact]
    public void Validate_ConsigneeNamesTheShipInAnotherCase_ReportsNothing()
    {
        var supply = new ShipSupplyBuilder().WithConsignee("Baltic Trader", "Baltic Trader Shipping Ltd").Build();

        var report = SupplyRules.Validate(supply, Latvian);

        Assert.Empty(report.Errors);
    }

    // Seed 002, box 17a: only QQ, QR, QS and QV are destination codes of a ship supply (SUP-DEST-CODE).
    [Theory]
    [InlineData("LV", "SUP-DEST-CODE")]
    [InlineData("qq", "SUP-DEST-CODE")]
    [InlineData(null, "REQUIRED")]
    public void Validate_DestinationCodeOutsideQqQrQsQv_ReportsOnDestinationCode_SUP_DEST_CODE(string? code, string rule)
    {
        var supply = new ShipSupplyBuilder().WithDestinationCode(code).Build();

        var report = SupplyRules.Validate(supply, Latvian);

        Assert.Equal([("/destinationCode", rule)], Errors(report));
    }

    // Seed 002, non-Union stores: the procedure depends on whether the ship leaves the Union customs territory.
    [Fact]
    public void Validate_NonUnionStoresWithoutShipsLeaving_ReportsSupNonUnion()
    {
        var supply = new ShipSupplyBuilder().WithShipLeavesCustomsTerritory(null).WithLines(SupplyLineBuilder.NonUnionFuel()).Build();

        var report = SupplyRules.Validate(supply, Latvian);

        Assert.Equal([("/shipLeavesCustomsTerritory", "SUP-NON-UNION")], Errors(report));
    }

    [Fact]
    public void Validate_OnlyUnionGoodsOrEquipmentWithoutShipsLeaving_ReportsNothing_SUP_NON_UNION()
    {
        var supply = new ShipSupplyBuilder().WithShipLeavesCustomsTerritory(null).WithLines(new SupplyLineBuilder(), SupplyLineBuilder.NonUnionSparePart()).Build();

        var report = SupplyRules.Validate(supply, Latvian);

        Assert.Empty(report.Errors);
    }

    [Theory]
    [InlineData("26LV000210EX001234")]
    [InlineData(null)]
    public void Validate_DeclarationReferenceAnMrnOrAbsent_ReportsNothing(string? reference)
    {
        var supply = new ShipSupplyBuilder().WithDeclarationReference(reference).Build();

        var report = SupplyRules.Validate(supply, Latvian);

        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Validate_DeclarationReferenceNotAnMrn_ReportsFormatValue()
    {
        var supply = new ShipSupplyBuilder().WithDeclarationReference("EX-1234").Build();

        var report = SupplyRules.Validate(supply, Latvian);

        Assert.Equal([("/declarationReference", "FORMAT-VALUE")], Errors(report));
    }

    [Fact]
    public void Validate_NoLines_ReportsRequired()
    {
        var supply = new ShipSupplyBuilder().WithLines(Array.Empty<SupplyLine>()).Build();

        var report = SupplyRules.Validate(supply, Latvian);

        Assert.Equal([("/lines", "REQUIRED")], Errors(report));
    }

    [Fact]
    public void Validate_LineWithEverythingMissing_ReportsEveryFieldAtOnce()
    {
        var supply = new ShipSupplyBuilder().WithLines(new SupplyLineBuilder(), new SupplyLineBuilder()
            .WithDescription(null).WithCnCode(null).WithCustomsStatus(null).WithKind(null).WithQuantity(null).WithUnit(null)
            .WithValueEur(null).WithNetMassKg(null).WithProhibitionsOrRestrictions(null)).Build();

        var report = SupplyRules.Validate(supply, Latvian);

        Assert.Equal(
            [
                ("/lines/1/description", "REQUIRED"), ("/lines/1/cnCode", "REQUIRED"), ("/lines/1/customsStatus", "REQUIRED"),
                ("/lines/1/kind", "REQUIRED"), ("/lines/1/quantity", "REQUIRED"), ("/lines/1/unit", "REQUIRED"),
                ("/lines/1/valueEur", "REQUIRED"), ("/lines/1/netMassKg", "REQUIRED"), ("/lines/1/prohibitionsOrRestrictions", "REQUIRED"),
            ],
            Errors(report));
    }

    [Theory]
    [InlineData("0702")]
    [InlineData("070200")]
    [InlineData("99302500")]
    [InlineData("tomatoes")]
    public void Validate_CnCodeNotEightDigitsNorSimplified_ReportsFormatHs(string code)
    {
        var supply = new ShipSupplyBuilder().WithLines(new SupplyLineBuilder().WithCnCode(code)).Build();

        var report = SupplyRules.Validate(supply, Latvian);

        Assert.Equal([("/lines/0/cnCode", "FORMAT-HS")], Errors(report));
    }

    // Seed 002, simplified CN codes: "9930 24 00 – KN no 1. līdz 24.nodaļas preces; 9930 27 00 – KN 27.nodaļas preces; 9930 99 00 – citur klasificētas preces".
    [Theory]
    [InlineData("9930 24 00", 7, "stores")]
    [InlineData("99302400", 24, "stores")]
    [InlineData("9930 27 00", 27, "fuel")]
    [InlineData("9930 99 00", 34, "stores")]
    public void Validate_SimplifiedCodeInItsChapterRangeForGoodsConsumedOnBoard_ReportsNothing_SUP_CN_SIMPLE(string code, int chapter, string kind)
    {
        var supply = new ShipSupplyBuilder().WithLines(new SupplyLineBuilder().WithCnCode(code).WithCnChapter(chapter).WithKind(kind)).Build();

        var report = SupplyRules.Validate(supply, Latvian);

        Assert.Empty(report.Errors);
    }

    [Theory]
    [InlineData("9930 24 00", 27)]
    [InlineData("9930 27 00", 22)]
    [InlineData("9930 99 00", 7)]
    [InlineData("9930 99 00", 27)]
    public void Validate_SimplifiedCodeOutsideItsChapterRange_ReportsOnCnChapter_SUP_CN_SIMPLE(string code, int chapter)
    {
        var supply = new ShipSupplyBuilder().WithLines(new SupplyLineBuilder().WithCnCode(code).WithCnChapter(chapter)).Build();

        var report = SupplyRules.Validate(supply, Latvian);

        Assert.Equal([("/lines/0/cnChapter", "SUP-CN-SIMPLE")], Errors(report));
    }

    [Fact]
    public void Validate_SimplifiedCodeWithoutChapter_ReportsOnCnChapter_SUP_CN_SIMPLE()
    {
        var supply = new ShipSupplyBuilder().WithLines(new SupplyLineBuilder().WithCnCode("9930 24 00")).Build();

        var report = SupplyRules.Validate(supply, Latvian);

        Assert.Equal([("/lines/0/cnChapter", "SUP-CN-SIMPLE")], Errors(report));
    }

    // Seed 002: the simplified codes are for goods "paredzētas (cilvēku un iekārtu) patēriņam" on board, not equipment or spare parts.
    [Theory]
    [InlineData("equipment")]
    [InlineData("spare-parts")]
    public void Validate_SimplifiedCodeForGoodsNotConsumedOnBoard_ReportsOnCnCode_SUP_CN_SIMPLE(string kind)
    {
        var supply = new ShipSupplyBuilder().WithLines(new SupplyLineBuilder().WithCnCode("9930 99 00").WithCnChapter(84).WithKind(kind)).Build();

        var report = SupplyRules.Validate(supply, Latvian);

        Assert.Equal([("/lines/0/cnCode", "SUP-CN-SIMPLE")], Errors(report));
    }

    [Fact]
    public void Validate_FullCodeWithAnotherChapter_ReportsConsistency()
    {
        var supply = new ShipSupplyBuilder().WithLines(new SupplyLineBuilder().WithCnChapter(8)).Build();

        var report = SupplyRules.Validate(supply, Latvian);

        Assert.Equal([("/lines/0/cnChapter", "CONSISTENCY")], Errors(report));
    }

    // Seed 002, "Izvešanas kopsavilkuma deklarācija": the exemption covers goods for incorporation, operation or consumption on board only.
    [Fact]
    public void Validate_KindThatIsNoShipSupply_ReportsOnKind_SUP_NO_EXS()
    {
        var supply = new ShipSupplyBuilder().WithLines(new SupplyLineBuilder().WithKind("cargo")).Build();

        var report = SupplyRules.Validate(supply, Latvian);

        Assert.Equal([("/lines/0/kind", "SUP-NO-EXS")], Errors(report));
    }

    [Theory]
    [InlineData("Union")]
    [InlineData("C")]
    public void Validate_CustomsStatusOtherThanUnionOrNonUnion_ReportsFormatValue(string status)
    {
        var supply = new ShipSupplyBuilder().WithLines(new SupplyLineBuilder().WithCustomsStatus(status)).Build();

        var report = SupplyRules.Validate(supply, Latvian);

        Assert.Equal([("/lines/0/customsStatus", "FORMAT-VALUE")], Errors(report));
    }

    [Fact]
    public void Validate_NonPositiveAmountsAndUnknownOrigin_ReportsFormatValue()
    {
        var supply = new ShipSupplyBuilder().WithLines(new SupplyLineBuilder().WithQuantity(0m).WithValueEur(-1m).WithNetMassKg(0m).WithTakenFrom("warehouse")).Build();

        var report = SupplyRules.Validate(supply, Latvian);

        Assert.Equal(
            [("/lines/0/quantity", "FORMAT-VALUE"), ("/lines/0/valueEur", "FORMAT-VALUE"), ("/lines/0/netMassKg", "FORMAT-VALUE"), ("/lines/0/takenFrom", "FORMAT-VALUE")],
            Errors(report));
    }

    private static List<(string Pointer, string Rule)> Errors(ValidationReport report) => [.. report.Errors.Select(f => (f.Pointer, f.Rule))];
}
