namespace Ics2Port.Domain.Tests.CrewEffects;

using FluentValidation.TestHelper;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.CrewEffects;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Tests.Builders;

public sealed class CrewEffectsDeclarationValidatorTests
{
    private readonly CrewEffectsDeclarationValidator validator = new();

    [Fact]
    public void Validate_CompleteDeclaration_ReportsNothing()
    {
        var fal4 = new CrewEffectsDeclarationBuilder().Build();

        var result = validator.TestValidate(fal4);

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_MemberWithNothingToDeclare_ReportsNothing()
    {
        var fal4 = new CrewEffectsDeclarationBuilder().WithSecondEntry(e => e with { Effects = [] }).Build();

        var result = validator.TestValidate(fal4);

        result.ShouldNotHaveAnyValidationErrors();
    }

    public static TheoryData<CrewEffectsDeclarationBuilder, string, string> Violations => new()
    {
        { new CrewEffectsDeclarationBuilder().WithEntries(null), "/entries", RuleIds.Required },
        { new CrewEffectsDeclarationBuilder().WithEntries([]), "/entries", RuleIds.Required },
        { new CrewEffectsDeclarationBuilder().WithSecondEntry(e => e with { FamilyName = null }), "/entries/1/familyName", RuleIds.Required },
        { new CrewEffectsDeclarationBuilder().WithSecondEntry(e => e with { GivenNames = "" }), "/entries/1/givenNames", RuleIds.Required },
        { new CrewEffectsDeclarationBuilder().WithSecondEntry(e => e with { RankOrRating = null }), "/entries/1/rankOrRating", RuleIds.Required },
        { new CrewEffectsDeclarationBuilder().WithSecondEntry(e => e with { Effects = null }), "/entries/1/effects", RuleIds.Required },
        { new CrewEffectsDeclarationBuilder().WithSecondEntry(e => e with { Effects = [new Effect { Quantity = 1m }] }), "/entries/1/effects/0/description", RuleIds.Required },
        { new CrewEffectsDeclarationBuilder().WithSecondEntry(e => e with { Effects = [new Effect { Description = "Rum", Quantity = -1m }] }), "/entries/1/effects/0/quantity", RuleIds.FormatValue },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void Validate_BadField_ReportsRuleAtPointer(CrewEffectsDeclarationBuilder fal4, string pointer, string rule)
    {
        var report = DocumentValidator.Validate(DocumentType.Fal4, fal4.Build(), new DocumentContextBuilder().Build());

        var finding = Assert.Single(report.Errors);
        Assert.Equal((pointer, rule), (finding.Pointer, finding.Rule));
    }
}
