namespace Ics2Port.Domain.Tests.PassengerLists;

using FluentValidation.TestHelper;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.PassengerLists;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Tests.Builders;

public sealed class PassengerListValidatorTests
{
    private static readonly DocumentContext Arrival = new DocumentContextBuilder().Build();

    private static PassengerList Passengers(params PassengerBuilder[] passengers) => new() { Passengers = [.. passengers.Select(p => p.Build())] };

    [Fact]
    public void Validate_TwoPassengers_ReportsNothing()
    {
        var fal6 = Passengers(new PassengerBuilder(), new PassengerBuilder().WithTransit(true).WithVisaNumber("LVA123456"));

        var result = new PassengerListValidator(Arrival).TestValidate(fal6);

        result.ShouldNotHaveAnyValidationErrors();
    }

    public static TheoryData<PassengerBuilder, string, string> Violations => new()
    {
        { new PassengerBuilder().WithFamilyName(null), "/passengers/1/familyName", RuleIds.Required },
        { new PassengerBuilder().WithNationality("SWE"), "/passengers/1/nationality", RuleIds.FormatCountry },
        { new PassengerBuilder().WithIdentityDocument(null), "/passengers/1/identityDocument", RuleIds.Required },
        { new PassengerBuilder().WithPortOfEmbarkation(null), "/passengers/1/portOfEmbarkation", RuleIds.Required },
        { new PassengerBuilder().WithPortOfEmbarkation("Gothenburg"), "/passengers/1/portOfEmbarkation", RuleIds.FormatUnLocode },
        { new PassengerBuilder().WithPortOfDisembarkation(null), "/passengers/1/portOfDisembarkation", RuleIds.Required },
        { new PassengerBuilder().WithPortOfDisembarkation("LVRI0"), "/passengers/1/portOfDisembarkation", RuleIds.FormatUnLocode },
        { new PassengerBuilder().WithTransit(null), "/passengers/1/transit", RuleIds.Required },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void Validate_BadSecondPassenger_ReportsRuleAtPointer(PassengerBuilder second, string pointer, string rule)
    {
        var fal6 = Passengers(new PassengerBuilder(), second);

        var report = DocumentValidator.Validate(DocumentType.Fal6, fal6, Arrival);

        var finding = Assert.Single(report.Errors);
        Assert.Equal((pointer, rule), (finding.Pointer, finding.Rule));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Validate_MissingOrEmptyList_ReportsRequired_REQUIRED(bool empty)
    {
        var fal6 = new PassengerList { Passengers = empty ? [] : null };

        var report = DocumentValidator.Validate(DocumentType.Fal6, fal6, Arrival);

        Assert.Equal([("/passengers", RuleIds.Required)], report.Errors.Select(e => (e.Pointer, e.Rule)));
    }

    [Fact]
    public void Validate_CountDiffersFromGeneralDeclaration_ReportsConsistency_CONSISTENCY()
    {
        var fal6 = Passengers(new PassengerBuilder());

        var report = DocumentValidator.Validate(DocumentType.Fal6, fal6, Arrival with { DeclaredPassengers = 2 });

        Assert.Equal(
            [new Finding("/passengers", RuleIds.Consistency, "The passenger list has 1 passengers but the general declaration (FAL 1) declares 2.")],
            report.Errors);
    }

    [Fact]
    public void Validate_CountEqualsGeneralDeclaration_ReportsNothing_CONSISTENCY()
    {
        var fal6 = Passengers(new PassengerBuilder(), new PassengerBuilder());

        var result = new PassengerListValidator(Arrival with { DeclaredPassengers = 2 }).TestValidate(fal6);

        result.ShouldNotHaveAnyValidationErrors();
    }
}
