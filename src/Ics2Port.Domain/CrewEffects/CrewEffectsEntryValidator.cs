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

        RuleFor(x => x.FamilyName).Required();
        RuleFor(x => x.GivenNames).Required();
        RuleFor(x => x.RankOrRating).Required();
        RuleFor(x => x.Effects).Required();
        RuleForEach(x => x.Effects).RequiredEach(new EffectValidator());
    }
}
