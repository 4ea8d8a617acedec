namespace Ics2Port.Domain.Tests.ShipSupplies;

using Ics2Port.Domain.ShipSupplies;
using Ics2Port.Domain.Tests.Builders;

public sealed class SupplyRulesTests
{
    private static readonly SupplyContext LatvianShip = new("BALTIC TRADER", "LV");
    private static readonly SupplyContext PanamanianShip = new("BALTIC TRADER", "PA");

    // Seed 002, box 17a/1a: "QQ ... vai QR ... tad 1.a. ailē “Deklarācija” ir jānorāda CO; QS ... vai QV ... jānorāda EX".
    [Theory]
    [InlineData("QQ", "CO")]
    [InlineData("QR", "CO")]
    [InlineData("QS", "EX")]
    [InlineData("QV", "EX")]
    public void Assess_DestinationCode_GivesDeclarationType_SUP_DEST_CODE(string code, string declarationType)
    {
        var supply = new ShipSupplyBuilder().WithDestinationCode(code).Build();

        var assessment = SupplyRules.Assess(supply, LatvianShip);

        Assert.Equal(declarationType, assessment.DeclarationType);
        Assert.Contains(assessment.Statements, s => s.Rule == "SUP-DEST-CODE" && s.Message.Contains($"type {declarationType}", StringComparison.Ordinal));
    }

    // Seed 002 (UCC art. 269(2)(c) and (3)): Union goods supplied to ships need an export declaration whatever their kind and destination.
    [Theory]
    [InlineData("stores")]
    [InlineData("spare-parts")]
    [InlineData("equipment")]
    [InlineData("fuel")]
    public void Assess_UnionGoodsOfAnyKind_RequireExportDeclaration_SUP_EXPORT(string kind)
    {
        var supply = new ShipSupplyBuilder().WithLines(new SupplyLineBuilder().WithKind(kind)).Build();

        var assessment = SupplyRules.Assess(supply, PanamanianShip);

        Assert.True(assessment.ExportDeclarationRequired);
        Assert.Equal(("export", "SUP-EXPORT"), (assessment.Lines[0].Procedure, assessment.Lines[0].Rule));
        Assert.Contains(assessment.Statements, s => s.Rule == "SUP-EXPORT");
    }

    [Fact]
    public void Assess_OnlyNonUnionGoods_RequireNoExportDeclaration_SUP_EXPORT()
    {
        var supply = new ShipSupplyBuilder().WithLines(SupplyLineBuilder.NonUnionFuel()).Build();

        var assessment = SupplyRules.Assess(supply, LatvianShip);

        Assert.False(assessment.ExportDeclarationRequired);
        Assert.False(assessment.OralDeclarationAllowed);
        Assert.DoesNotContain(assessment.Statements, s => s.Rule is "SUP-EXPORT" or "SUP-ORAL");
    }

    // Seed 002, "Mutiska eksporta deklarācija" (DA art. 137(1)(b), 142): ≤ 1000 EUR, ≤ 1000 kg net, no prohibitions or restrictions.
    [Fact]
    public void Assess_AtTheLimits_AllowsOralDeclarationWithAccompanyingDocument_SUP_ORAL()
    {
        var supply = new ShipSupplyBuilder().WithLines(
            new SupplyLineBuilder().WithValueEur(600m).WithNetMassKg(700m),
            new SupplyLineBuilder().WithValueEur(400m).WithNetMassKg(300m)).Build();

        var assessment = SupplyRules.Assess(supply, LatvianShip);

        Assert.True(assessment.OralDeclarationAllowed);
        var oral = Assert.Single(assessment.Statements, s => s.Rule == "SUP-ORAL");
        Assert.Contains("accompanying document", oral.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1000.01, 10, false)]
    [InlineData(10, 1000.5, false)]
    [InlineData(10, 10, true)]
    public void Assess_OverALimitOrRestricted_RefusesOralDeclaration_SUP_ORAL(decimal value, decimal mass, bool restricted)
    {
        var supply = new ShipSupplyBuilder().WithLines(new SupplyLineBuilder().WithValueEur(value).WithNetMassKg(mass).WithProhibitionsOrRestrictions(restricted)).Build();

        var assessment = SupplyRules.Assess(supply, LatvianShip);

        Assert.False(assessment.OralDeclarationAllowed);
        Assert.StartsWith("No oral declaration", Assert.Single(assessment.Statements, s => s.Rule == "SUP-ORAL").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_NonUnionLinesOverTheLimits_DoNotCountAgainstOralExportDeclaration_SUP_ORAL()
    {
        var supply = new ShipSupplyBuilder().WithLines(new SupplyLineBuilder(), SupplyLineBuilder.NonUnionFuel()).Build();

        var assessment = SupplyRules.Assess(supply, LatvianShip);

        Assert.True(assessment.OralDeclarationAllowed);
    }

    // Seed 002, non-Union stores: "ja kuģis ... atstāj Savienības muitas teritoriju, ... piemēro reeksportu vai muitas procedūru – tranzīts".
    [Fact]
    public void Assess_NonUnionStoresShipLeaves_ReExportOrTransit_SUP_NON_UNION()
    {
        var supply = new ShipSupplyBuilder().WithShipLeavesCustomsTerritory(true).WithLines(SupplyLineBuilder.NonUnionFuel()).Build();

        var assessment = SupplyRules.Assess(supply, LatvianShip);

        Assert.Equal(("re-export-or-transit", "SUP-NON-UNION"), (assessment.Lines[0].Procedure, assessment.Lines[0].Rule));
        Assert.Contains("document confirming that the ship leaves", Assert.Single(assessment.Statements, s => s.Rule == "SUP-NON-UNION").Message, StringComparison.Ordinal);
    }

    // Seed 002, non-Union stores: "ja kuģis ... neatstāj Savienības muitas teritoriju vai preces patērē Savienības muitas teritorijā, ... laišana brīvā apgrozībā".
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Assess_NonUnionStoresShipStaysOrGoodsConsumedInTerritory_ReleaseForFreeCirculation_SUP_NON_UNION(bool leaves, bool consumedInTerritory)
    {
        var supply = new ShipSupplyBuilder().WithShipLeavesCustomsTerritory(leaves)
            .WithLines(SupplyLineBuilder.NonUnionFuel().WithConsumedInCustomsTerritory(consumedInTerritory)).Build();

        var assessment = SupplyRules.Assess(supply, PanamanianShip);

        Assert.Equal(("release-for-free-circulation", "SUP-NON-UNION"), (assessment.Lines[0].Procedure, assessment.Lines[0].Rule));
    }

    // Seed 002, non-Union equipment and spare parts: "Savienības kuģim ... laišana brīvā apgrozībā".
    [Theory]
    [InlineData("spare-parts")]
    [InlineData("equipment")]
    public void Assess_NonUnionEquipmentForUnionShip_ReleaseForFreeCirculationWhateverTheVoyage_SUP_NON_UNION_EQUIPMENT(string kind)
    {
        var supply = new ShipSupplyBuilder().WithShipLeavesCustomsTerritory(true).WithLines(SupplyLineBuilder.NonUnionSparePart().WithKind(kind)).Build();

        var assessment = SupplyRules.Assess(supply, LatvianShip);

        Assert.Equal(("release-for-free-circulation", "SUP-NON-UNION-EQUIPMENT"), (assessment.Lines[0].Procedure, assessment.Lines[0].Rule));
    }

    // Seed 002, non-Union equipment and spare parts: "ārpussavienības kuģim ... piemēro reeksportu vai muitas procedūru – tranzīts".
    [Theory]
    [InlineData("PA")]
    [InlineData("NO")]
    [InlineData(null)]
    public void Assess_NonUnionEquipmentForShipNotUnderUnionFlag_ReExportOrTransitWhateverTheVoyage_SUP_NON_UNION_EQUIPMENT(string? flag)
    {
        var supply = new ShipSupplyBuilder().WithShipLeavesCustomsTerritory(false).WithLines(SupplyLineBuilder.NonUnionSparePart()).Build();

        var assessment = SupplyRules.Assess(supply, new SupplyContext("BALTIC TRADER", flag));

        Assert.Equal(("re-export-or-transit", "SUP-NON-UNION-EQUIPMENT"), (assessment.Lines[0].Procedure, assessment.Lines[0].Rule));
    }

    // Seed 002 (UCC art. 270(3)): "reeksporta paziņojumu ... ja preces: tiek pārkrautas no viena kuģa uz citu; izved atpakaļ tieši no brīvās zonas; ... no pagaidu uzglabāšanas vietas".
    [Theory]
    [InlineData("ship")]
    [InlineData("free-zone")]
    [InlineData("temporary-storage")]
    public void Assess_NonUnionGoodsLeavingDirectlyFromShipFreeZoneOrStorage_NeedReExportNotification_SUP_REEXPORT_NOTICE(string takenFrom)
    {
        var supply = new ShipSupplyBuilder().WithLines(SupplyLineBuilder.NonUnionFuel().WithTakenFrom(takenFrom)).Build();

        var assessment = SupplyRules.Assess(supply, LatvianShip);

        Assert.True(assessment.Lines[0].ReExportNotification);
        Assert.Equal("/lines/0", Assert.Single(assessment.Statements, s => s.Rule == "SUP-REEXPORT-NOTICE").Pointer);
    }

    [Fact]
    public void Assess_NonUnionGoodsFromElsewhere_NeedNoReExportNotification_SUP_REEXPORT_NOTICE()
    {
        var supply = new ShipSupplyBuilder().WithLines(SupplyLineBuilder.NonUnionFuel()).Build();

        var assessment = SupplyRules.Assess(supply, LatvianShip);

        Assert.False(assessment.Lines[0].ReExportNotification);
        Assert.DoesNotContain(assessment.Statements, s => s.Rule == "SUP-REEXPORT-NOTICE");
    }

    [Theory]
    [InlineData("union", true)]
    [InlineData("non-union", false)]
    public void Assess_GoodsNotReExported_NeedNoReExportNotification_SUP_REEXPORT_NOTICE(string status, bool shipLeaves)
    {
        // Union goods are exported; non-Union goods on a ship that stays are released for free circulation: neither is re-exported.
        var supply = new ShipSupplyBuilder().WithShipLeavesCustomsTerritory(shipLeaves)
            .WithLines(SupplyLineBuilder.NonUnionFuel().WithCustomsStatus(status).WithTakenFrom("free-zone")).Build();

        var assessment = SupplyRules.Assess(supply, LatvianShip);

        Assert.False(assessment.Lines[0].ReExportNotification);
    }

    // Seed 002, "Izvešanas kopsavilkuma deklarācija" (DA art. 245(1)(o)): no exit summary declaration for ship supplies.
    [Theory]
    [InlineData("stores")]
    [InlineData("spare-parts")]
    [InlineData("equipment")]
    [InlineData("fuel")]
    public void Assess_AnyShipSupply_NeedsNoExitSummaryDeclaration_SUP_NO_EXS(string kind)
    {
        var supply = new ShipSupplyBuilder().WithLines(new SupplyLineBuilder().WithKind(kind)).Build();

        var assessment = SupplyRules.Assess(supply, LatvianShip);

        Assert.False(assessment.ExitSummaryDeclarationRequired);
        Assert.Contains(assessment.Statements, s => s.Rule == "SUP-NO-EXS");
    }

    // Seed 002: "Kuģu apgāde tiek noformēta ... SKLOIS" (Regulation 503, chapters II and III), and its last section,
    // "Dokumentu iesniegšana muitas iestādei SKLOIS darbības pārtraukuma gadījumā": the outage procedure applies.
    [Fact]
    public void Assess_AnyShipSupply_SaysItGoesToThePortSystemAndByTheFallbackChannelsInAnOutage_SUP_IN_SYSTEM()
    {
        var supply = new ShipSupplyBuilder().Build();

        var assessment = SupplyRules.Assess(supply, LatvianShip);

        var statement = Assert.Single(assessment.Statements, s => s.Rule == "SUP-IN-SYSTEM");
        Assert.Equal(string.Empty, statement.Pointer);
        Assert.All(
            ["port system (SKLOIS)", "EDS", "e-signed e-mail", "in person", "entered in SKLOIS once it is restored", "pending", "re-entered"],
            part => Assert.Contains(part, statement.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_SimplifiedCode_SaysWhatItCovers_SUP_CN_SIMPLE()
    {
        var supply = new ShipSupplyBuilder().WithLines(new SupplyLineBuilder(), new SupplyLineBuilder().WithCnCode("9930 24 00").WithCnChapter(7)).Build();

        var assessment = SupplyRules.Assess(supply, LatvianShip);

        Assert.Equal("/lines/1/cnCode", Assert.Single(assessment.Statements, s => s.Rule == "SUP-CN-SIMPLE").Pointer);
    }

    [Fact]
    public void Assess_InvalidSupply_Throws()
    {
        var supply = new ShipSupplyBuilder().WithDestinationCode("XX").Build();

        Assert.Throws<ArgumentException>(() => SupplyRules.Assess(supply, LatvianShip));
    }
}
