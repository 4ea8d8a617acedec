namespace Ics2Port.Domain.Tests.Parties;

using FluentValidation.TestHelper;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.CrewLists;
using Ics2Port.Domain.Parties;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Tests.Builders;

public sealed class PersonValidatorTests
{
    private readonly PersonValidator<CrewMember> validator = new(new DocumentContextBuilder().Build());

    [Fact]
    public void Validate_CompletePerson_ReportsNothing()
    {
        var member = new CrewMemberBuilder().Build();

        var result = validator.TestValidate(member);

        result.ShouldNotHaveAnyValidationErrors();
    }

    public static TheoryData<CrewMemberBuilder, string> MissingFields => new()
    {
        { new CrewMemberBuilder().WithFamilyName(null), "/familyName" },
        { new CrewMemberBuilder().WithGivenNames(""), "/givenNames" },
        { new CrewMemberBuilder().WithNationality(null), "/nationality" },
        { new CrewMemberBuilder().WithDateOfBirth(null), "/dateOfBirth" },
        { new CrewMemberBuilder().WithPlaceOfBirth(null), "/placeOfBirth" },
        { new CrewMemberBuilder().WithGender(null), "/gender" },
        { new CrewMemberBuilder().WithIdentityDocument(null), "/identityDocument" },
        { new CrewMemberBuilder().WithIdentityDocument(new IdentityDocumentBuilder().WithType(null).Build()), "/identityDocument/type" },
        { new CrewMemberBuilder().WithIdentityDocument(new IdentityDocumentBuilder().WithNumber(" ").Build()), "/identityDocument/number" },
        { new CrewMemberBuilder().WithIdentityDocument(new IdentityDocumentBuilder().WithIssuingState(null).Build()), "/identityDocument/issuingState" },
        { new CrewMemberBuilder().WithIdentityDocument(new IdentityDocumentBuilder().WithExpiryDate(null).Build()), "/identityDocument/expiryDate" },
    };

    [Theory]
    [MemberData(nameof(MissingFields))]
    public void Validate_MissingField_ReportsRequired_REQUIRED(CrewMemberBuilder member, string pointer)
    {
        var report = ValidationReports.From(validator.Validate(member.Build()));

        var finding = Assert.Single(report.Errors);
        Assert.Equal((pointer, RuleIds.Required), (finding.Pointer, finding.Rule));
    }

    public static TheoryData<CrewMemberBuilder, string, string> MalformedFields => new()
    {
        { new CrewMemberBuilder().WithNationality("Latvia"), "/nationality", RuleIds.FormatCountry },
        { new CrewMemberBuilder().WithDateOfBirth("12.04.1985"), "/dateOfBirth", RuleIds.FormatDate },
        { new CrewMemberBuilder().WithGender("male"), "/gender", RuleIds.FormatValue },
        { new CrewMemberBuilder().WithIdentityDocument(new IdentityDocumentBuilder().WithType("visa").Build()), "/identityDocument/type", RuleIds.FormatValue },
        { new CrewMemberBuilder().WithIdentityDocument(new IdentityDocumentBuilder().WithIssuingState("LVA").Build()), "/identityDocument/issuingState", RuleIds.FormatCountry },
        { new CrewMemberBuilder().WithIdentityDocument(new IdentityDocumentBuilder().WithExpiryDate("2031-13-01").Build()), "/identityDocument/expiryDate", RuleIds.FormatDate },
    };

    [Theory]
    [MemberData(nameof(MalformedFields))]
    public void Validate_MalformedField_ReportsFormatRule(CrewMemberBuilder member, string pointer, string rule)
    {
        var report = ValidationReports.From(validator.Validate(member.Build()));

        var finding = Assert.Single(report.Errors);
        Assert.Equal((pointer, rule), (finding.Pointer, finding.Rule));
    }

    [Fact]
    public void Validate_BornAfterArrival_ReportsConsistency_CONSISTENCY()
    {
        var member = new CrewMemberBuilder().WithDateOfBirth("2026-11-24").Build();

        var result = validator.TestValidate(member);

        result.ShouldHaveValidationErrorFor(x => x.DateOfBirth).WithErrorCode(RuleIds.Consistency)
            .WithErrorMessage("Date of birth 2026-11-24 is not before the arrival on 2026-11-23.");
    }

    [Fact]
    public void Validate_DocumentExpiredBeforeArrival_ReportsConsistency_CONSISTENCY()
    {
        var member = new CrewMemberBuilder().WithIdentityDocument(new IdentityDocumentBuilder().WithExpiryDate("2026-01-01").Build()).Build();

        var report = ValidationReports.From(validator.Validate(member));

        Assert.Equal(
            [new Finding("/identityDocument/expiryDate", RuleIds.Consistency, "Identity document expired on 2026-01-01, before the arrival on 2026-11-23.")],
            report.Errors);
    }

    [Fact]
    public void Validate_DocumentExpiresOnArrivalDay_ReportsNothing_CONSISTENCY()
    {
        var member = new CrewMemberBuilder().WithIdentityDocument(new IdentityDocumentBuilder().WithExpiryDate("2026-11-23").Build()).Build();

        var result = validator.TestValidate(member);

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_DocumentExpiresDuringStayOnDeparture_ReportsConsistency_CONSISTENCY()
    {
        var departure = new PersonValidator<CrewMember>(new DocumentContextBuilder().WithDirection(Direction.Departure).Build());
        var member = new CrewMemberBuilder().WithIdentityDocument(new IdentityDocumentBuilder().WithExpiryDate("2026-11-23").Build()).Build();

        var result = departure.TestValidate(member);

        result.ShouldHaveValidationErrorFor(x => x.IdentityDocument!.ExpiryDate).WithErrorCode(RuleIds.Consistency)
            .WithErrorMessage("Identity document expired on 2026-11-23, before the departure on 2026-11-24.");
    }

    [Fact]
    public void Validate_NoPortCallTimes_SkipsExpiryCheck()
    {
        var unscheduled = new PersonValidator<CrewMember>(new DocumentContextBuilder().WithEta(null).WithEtd(null).Build());
        var member = new CrewMemberBuilder().WithIdentityDocument(new IdentityDocumentBuilder().WithExpiryDate("2001-01-01").Build()).Build();

        var result = unscheduled.TestValidate(member);

        result.ShouldNotHaveAnyValidationErrors();
    }
}
