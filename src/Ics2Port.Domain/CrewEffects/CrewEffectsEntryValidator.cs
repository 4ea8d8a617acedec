namespace Ics2Port.Domain.CrewEffects;

using FluentValidation;
using Ics2Port.Domain.Common;

/// <summary>One crew member's effects on FAL 4.</summary>
public sealed class CrewEffectsEntryValidator : AbstractValidator<CrewEffectsEntry>
{
    /// <summary>Creates the validator.</summary>
    public CrewEffectsEntryValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.FamilyName).Required().FreeText(TextLimits.Name);
        RuleFor(x => x.GivenNames).Required().FreeText(TextLimits.Name);
        RuleFor(x => x.RankOrRating).Required().FreeText(TextLimits.Name);
        RuleFor(x => x.Effects).Required();
        RuleForEach(x => x.Effects).RequiredEach(new EffectValidator());
    }
}
