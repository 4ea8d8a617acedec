namespace Ics2Port.Domain.Tests.GeneralDeclarations;

using FluentValidation.TestHelper;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.GeneralDeclarations;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Tests.Builders;

public sealed class GeneralDeclarationValidatorTests
{
    private static readonly DocumentContext Arrival = new DocumentContextBuilder().Build() with { ImoNumber = "9074729" };
    private static readonly DocumentContext Departure = Arrival with { Direction = Direction.Departure };

    [Fact]
    public void Validate_CompleteArrival_ReportsNothing()
    {
        var fal1 = new GeneralDeclarationBuilder().Build();

        var result = new GeneralDeclarationValidator(Arrival).TestValidate(fal1);

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_OnlyMandatoryFields_ReportsNothing()
    {
        var fal1 = new GeneralDeclarationBuilder().WithShipType(null).WithBerth(null).WithRemarks(null).Build();

        var result = new GeneralDeclarationValidator(Arrival).TestValidate(fal1);

        result.ShouldNotHaveAnyValidationErrors();
    }

    public static TheoryData<GeneralDeclarationBuilder, string, string> Violations => new()
    {
        { new GeneralDeclarationBuilder().WithShipName(null), "/shipName", RuleIds.Required },
        { new GeneralDeclarationBuilder().WithImoNumber(null), "/imoNumber", RuleIds.Required },
        { new GeneralDeclarationBuilder().WithImoNumber("IMO9074720"), "/imoNumber", RuleIds.FormatImo },
        { new GeneralDeclarationBuilder().WithCallSign(""), "/callSign", RuleIds.Required },
        { new GeneralDeclarationBuilder().WithFlag("Latvia"), "/flag", RuleIds.FormatCountry },
        { new GeneralDeclarationBuilder().WithVoyageNumber(null), "/voyageNumber", RuleIds.Required },
        { new GeneralDeclarationBuilder().WithPort(null), "/port", RuleIds.Required },
        { new GeneralDeclarationBuilder().WithPort("LVRI"), "/port", RuleIds.FormatUnLocode },
        { new GeneralDeclarationBuilder().WithDateTime(null), "/dateTime", RuleIds.Required },
        { new GeneralDeclarationBuilder().WithDateTime("2026-11-23T06:00:00"), "/dateTime", RuleIds.FormatDate },
        { new GeneralDeclarationBuilder().WithLastPort(null), "/lastPort", RuleIds.Required },
        { new GeneralDeclarationBuilder().WithLastPort("SEGO1"), "/lastPort", RuleIds.FormatUnLocode },
        { new GeneralDeclarationBuilder().WithNextPort(null), "/nextPort", RuleIds.Required },
        { new GeneralDeclarationBuilder().WithMaster(null), "/master", RuleIds.Required },
        { new GeneralDeclarationBuilder().WithMaster(new MasterName { FamilyName = "Kalniņš" }), "/master/givenNames", RuleIds.Required },
        { new GeneralDeclarationBuilder().WithAgent(null), "/agent", RuleIds.Required },
        { new GeneralDeclarationBuilder().WithAgent(new PartyBuilder().WithPhone(null).Build()), "/agent/phone", RuleIds.PartyMin },
        { new GeneralDeclarationBuilder().WithAgent(new PartyBuilder().WithEori("LV123").Build()), "/agent/eori", RuleIds.FormatEori },
        { new GeneralDeclarationBuilder().WithGrossTonnage(null), "/grossTonnage", RuleIds.Required },
        { new GeneralDeclarationBuilder().WithNetTonnage(-1m), "/netTonnage", RuleIds.FormatValue },
        { new GeneralDeclarationBuilder().WithCargoDescription(" "), "/cargoDescription", RuleIds.Required },
        { new GeneralDeclarationBuilder().WithNumberOfCrew(null), "/numberOfCrew", RuleIds.Required },
        { new GeneralDeclarationBuilder().WithNumberOfCrew(0), "/numberOfCrew", RuleIds.FormatValue },
        { new GeneralDeclarationBuilder().WithNumberOfPassengers(null), "/numberOfPassengers", RuleIds.Required },
        { new GeneralDeclarationBuilder().WithNumberOfPassengers(-1), "/numberOfPassengers", RuleIds.FormatValue },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void Validate_BadField_ReportsRuleAtPointer(GeneralDeclarationBuilder fal1, string pointer, string rule)
    {
        var report = DocumentValidator.Validate(DocumentType.Fal1, fal1.Build(), Arrival);

        var finding = Assert.Single(report.Errors);
        Assert.Equal((pointer, rule), (finding.Pointer, finding.Rule));
    }

    [Fact]
    public void Validate_OtherPortThanPortCall_ReportsConsistency_CONSISTENCY()
    {
        var fal1 = new GeneralDeclarationBuilder().WithPort("LVVNT").Build();

        var report = DocumentValidator.Validate(DocumentType.Fal1, fal1, Arrival);

        Assert.Equal([new Finding("/port", RuleIds.Consistency, "Port LVVNT is not the port call's port LVRIX.")], report.Errors);
    }

    [Fact]
    public void Validate_PrintedFormOfPortCallPort_ReportsNothing_CONSISTENCY()
    {
        var fal1 = new GeneralDeclarationBuilder().WithPort("LV RIX").Build();

        var result = new GeneralDeclarationValidator(Arrival).TestValidate(fal1);

        result.ShouldNotHaveValidationErrorFor(x => x.Port);
    }

    [Fact]
    public void Validate_OtherShipThanPortCall_ReportsConsistency_CONSISTENCY()
    {
        var fal1 = new GeneralDeclarationBuilder().WithImoNumber("9176187").Build();

        var result = new GeneralDeclarationValidator(Arrival).TestValidate(fal1);

        result.ShouldHaveValidationErrorFor(x => x.ImoNumber).WithErrorCode(RuleIds.Consistency);
    }

    [Fact]
    public void Validate_SameShipWithImoPrefix_ReportsNothing_CONSISTENCY()
    {
        var fal1 = new GeneralDeclarationBuilder().WithImoNumber("IMO 9074729").Build();

        var result = new GeneralDeclarationValidator(Arrival).TestValidate(fal1);

        result.ShouldNotHaveValidationErrorFor(x => x.ImoNumber);
    }

    [Fact]
    public void Validate_CrewCountDiffersFromCrewList_ReportsConsistency_CONSISTENCY()
    {
        var fal1 = new GeneralDeclarationBuilder().WithNumberOfCrew(2).Build();

        var report = DocumentValidator.Validate(DocumentType.Fal1, fal1, Arrival with { ListedCrew = 3 });

        Assert.Equal(
            [new Finding("/numberOfCrew", RuleIds.Consistency, "Number of crew 2 differs from the 3 members of the crew list (FAL 5).")],
            report.Errors);
    }

    [Fact]
    public void Validate_PassengerCountDiffersFromPassengerList_ReportsConsistency_CONSISTENCY()
    {
        var fal1 = new GeneralDeclarationBuilder().WithNumberOfPassengers(0).Build();

        var report = DocumentValidator.Validate(DocumentType.Fal1, fal1, Arrival with { ListedPassengers = 4 });

        Assert.Equal([("/numberOfPassengers", RuleIds.Consistency)], report.Errors.Select(e => (e.Pointer, e.Rule)));
    }

    [Fact]
    public void Validate_CountsAgreeWithLists_ReportsNothing_CONSISTENCY()
    {
        var fal1 = new GeneralDeclarationBuilder().WithNumberOfCrew(3).WithNumberOfPassengers(4).Build();

        var result = new GeneralDeclarationValidator(Arrival with { ListedCrew = 3, ListedPassengers = 4 }).TestValidate(fal1);

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_ChangedDuringStayOnArrival_ReportsConsistency_FAL_DEP()
    {
        var fal1 = new GeneralDeclarationBuilder().WithChangedDuringStay(true, false).Build();

        var report = DocumentValidator.Validate(DocumentType.Fal1, fal1, Arrival);

        Assert.Equal([("/changedDuringStay", RuleIds.Consistency)], report.Errors.Select(e => (e.Pointer, e.Rule)));
    }

    [Fact]
    public void Validate_ChangedDuringStayOnDeparture_ReportsNothing_FAL_DEP()
    {
        var fal1 = new GeneralDeclarationBuilder().WithChangedDuringStay(true, false).Build();

        var result = new GeneralDeclarationValidator(Departure).TestValidate(fal1);

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_NoChangedDuringStayOnDeparture_ReportsNothing_FAL_DEP()
    {
        var fal1 = new GeneralDeclarationBuilder().WithoutChangedDuringStay().Build();

        var result = new GeneralDeclarationValidator(Departure).TestValidate(fal1);

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_ChangedDuringStayWithoutCrewAnswer_ReportsRequired_FAL_DEP()
    {
        var fal1 = new GeneralDeclarationBuilder().WithChangedDuringStay(true, null).Build();

        var report = DocumentValidator.Validate(DocumentType.Fal1, fal1, Departure);

        Assert.Equal([("/changedDuringStay/crew", RuleIds.Required)], report.Errors.Select(e => (e.Pointer, e.Rule)));
    }

    [Fact]
    public void Validate_EmptyDeclaration_ReportsEveryMandatoryFieldOnce()
    {
        var report = DocumentValidator.Validate(DocumentType.Fal1, new GeneralDeclaration(), Arrival);

        Assert.Equal(
            ["/shipName", "/imoNumber", "/callSign", "/flag", "/voyageNumber", "/port", "/dateTime", "/lastPort", "/nextPort", "/master",
             "/agent", "/grossTonnage", "/netTonnage", "/cargoDescription", "/numberOfCrew", "/numberOfPassengers"],
            report.Errors.Select(e => e.Pointer));
    }
}
