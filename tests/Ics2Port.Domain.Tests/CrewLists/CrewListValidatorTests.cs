namespace Ics2Port.Domain.Tests.CrewLists;

using FluentValidation.TestHelper;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.CrewLists;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Tests.Builders;

public sealed class CrewListValidatorTests
{
    private static readonly DocumentContext Arrival = new DocumentContextBuilder().Build();

    private static CrewList Crew(params CrewMemberBuilder[] members) => new() { Crew = [.. members.Select(m => m.Build())] };

    [Fact]
    public void Validate_MasterAndSeaman_ReportsNothing()
    {
        var fal5 = Crew(CrewMemberBuilder.Master(), new CrewMemberBuilder());

        var result = new CrewListValidator(Arrival).TestValidate(fal5);

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("master")]
    [InlineData("Master ")]
    public void Validate_MasterInAnyCase_ReportsNothing_CONSISTENCY(string rank)
    {
        var fal5 = Crew(new CrewMemberBuilder().WithRankOrRating(rank), new CrewMemberBuilder());

        var result = new CrewListValidator(Arrival).TestValidate(fal5);

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_TwoMasters_ReportsConsistency_CONSISTENCY()
    {
        var fal5 = Crew(CrewMemberBuilder.Master(), new CrewMemberBuilder().WithRankOrRating("MASTER"));

        var report = DocumentValidator.Validate(DocumentType.Fal5, fal5, Arrival);

        Assert.Equal([new Finding("/crew", RuleIds.Consistency, "Exactly one crew member must have rank MASTER; the list has 2.")], report.Errors);
    }

    [Fact]
    public void Validate_NoMaster_ReportsConsistency_CONSISTENCY()
    {
        var fal5 = Crew(new CrewMemberBuilder(), new CrewMemberBuilder().WithRankOrRating("CHIEF OFFICER"));

        var report = DocumentValidator.Validate(DocumentType.Fal5, fal5, Arrival);

        Assert.Equal([("/crew", RuleIds.Consistency)], report.Errors.Select(e => (e.Pointer, e.Rule)));
    }

    [Fact]
    public void Validate_CountDiffersFromGeneralDeclaration_ReportsConsistency_CONSISTENCY()
    {
        var fal5 = Crew(CrewMemberBuilder.Master(), new CrewMemberBuilder());

        var report = DocumentValidator.Validate(DocumentType.Fal5, fal5, Arrival with { DeclaredCrew = 3 });

        Assert.Equal(
            [new Finding("/crew", RuleIds.Consistency, "The crew list has 2 members but the general declaration (FAL 1) declares 3.")],
            report.Errors);
    }

    [Fact]
    public void Validate_CountEqualsGeneralDeclaration_ReportsNothing_CONSISTENCY()
    {
        var fal5 = Crew(CrewMemberBuilder.Master(), new CrewMemberBuilder());

        var result = new CrewListValidator(Arrival with { DeclaredCrew = 2 }).TestValidate(fal5);

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Validate_MissingOrEmptyCrew_ReportsRequired_REQUIRED(bool empty)
    {
        var fal5 = new CrewList { Crew = empty ? [] : null };

        var report = DocumentValidator.Validate(DocumentType.Fal5, fal5, Arrival);

        Assert.Equal([("/crew", RuleIds.Required)], report.Errors.Select(e => (e.Pointer, e.Rule)));
    }

    [Fact]
    public void Validate_MemberWithoutRank_ReportsRequiredAtMember_REQUIRED()
    {
        var fal5 = Crew(CrewMemberBuilder.Master(), new CrewMemberBuilder().WithRankOrRating(null));

        var report = DocumentValidator.Validate(DocumentType.Fal5, fal5, Arrival);

        Assert.Equal([("/crew/1/rankOrRating", RuleIds.Required)], report.Errors.Select(e => (e.Pointer, e.Rule)));
    }

    [Fact]
    public void Validate_FourthMemberDocumentExpired_PointsIntoTheRow_CONSISTENCY()
    {
        var expired = new IdentityDocumentBuilder().WithExpiryDate("2026-01-01").Build();
        var fal5 = Crew(CrewMemberBuilder.Master(), new CrewMemberBuilder(), new CrewMemberBuilder(), new CrewMemberBuilder().WithIdentityDocument(expired));

        var report = DocumentValidator.Validate(DocumentType.Fal5, fal5, Arrival);

        Assert.Equal(
            [new Finding("/crew/3/identityDocument/expiryDate", RuleIds.Consistency, "Identity document expired on 2026-01-01, before the arrival on 2026-11-23.")],
            report.Errors);
    }

    [Fact]
    public void Validate_SeveralBadMembers_ReportsEveryOne()
    {
        var fal5 = Crew(
            CrewMemberBuilder.Master().WithNationality("XX"),
            new CrewMemberBuilder().WithGender("?"),
            new CrewMemberBuilder().WithDateOfBirth("1985-02-30").WithPlaceOfBirth(null));

        var report = DocumentValidator.Validate(DocumentType.Fal5, fal5, Arrival);

        Assert.Equal(
            [("/crew/0/nationality", RuleIds.FormatCountry), ("/crew/1/gender", RuleIds.FormatValue),
             ("/crew/2/dateOfBirth", RuleIds.FormatDate), ("/crew/2/placeOfBirth", RuleIds.Required)],
            report.Errors.Select(e => (e.Pointer, e.Rule)));
    }
}
