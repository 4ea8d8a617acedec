namespace Ics2Port.Domain.Tests.Parties;

using FluentValidation.TestHelper;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.Parties;
using Ics2Port.Domain.Tests.Builders;

public sealed class PartyValidatorTests
{
    private readonly PartyValidator validator = new();

    [Fact]
    public void Validate_CompleteParty_ReportsNothing()
    {
        var party = new PartyBuilder().Build();

        var result = validator.TestValidate(party);

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_NoEori_ReportsNothing_PARTY_MIN()
    {
        var party = new PartyBuilder().WithEori(null).Build();

        var result = validator.TestValidate(party);

        result.ShouldNotHaveAnyValidationErrors();
    }

    public static TheoryData<PartyBuilder, string> MissingMinimumData => new()
    {
        { new PartyBuilder().WithName(null), "/name" },
        { new PartyBuilder().WithAddress(" "), "/address" },
        { new PartyBuilder().WithCountry(null), "/country" },
        { new PartyBuilder().WithEmail(""), "/email" },
        { new PartyBuilder().WithPhone(null), "/phone" },
    };

    [Theory]
    [MemberData(nameof(MissingMinimumData))]
    public void Validate_MissingMinimumData_ReportsPartyMin_PARTY_MIN(PartyBuilder party, string pointer)
    {
        var report = ValidationReports.From(validator.Validate(party.Build()));

        var finding = Assert.Single(report.Errors);
        Assert.Equal((pointer, RuleIds.PartyMin), (finding.Pointer, finding.Rule));
    }

    public static TheoryData<PartyBuilder, string, string, string> MalformedData => new()
    {
        { new PartyBuilder().WithCountry("XX"), "/country", RuleIds.FormatCountry, "Country 'XX' is not an ISO 3166-1 alpha-2 country code." },
        { new PartyBuilder().WithEori("LV123"), "/eori", RuleIds.FormatEori, "EORI 'LV123' is not a valid EORI number." },
        { new PartyBuilder().WithEmail("cargo.baltictimber.lv"), "/email", RuleIds.FormatEmail, "E-mail address 'cargo.baltictimber.lv' is not a valid e-mail address." },
        { new PartyBuilder().WithPhone("67-12"), "/phone", RuleIds.FormatPhone, "Phone number '67-12' is not a valid phone number." },
    };

    [Theory]
    [MemberData(nameof(MalformedData))]
    public void Validate_MalformedValue_ReportsFormatRuleNamingTheValue(PartyBuilder party, string pointer, string rule, string message)
    {
        var report = ValidationReports.From(validator.Validate(party.Build()));

        Assert.Equal([new Finding(pointer, rule, message)], report.Errors);
    }

    [Fact]
    public void Validate_EverythingMissing_ReportsEachFieldOnce()
    {
        var report = ValidationReports.From(validator.Validate(new Party()));

        Assert.Equal(["/name", "/address", "/country", "/email", "/phone"], report.Errors.Select(e => e.Pointer));
    }
}
