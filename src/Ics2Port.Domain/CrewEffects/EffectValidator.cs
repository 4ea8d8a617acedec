namespace Ics2Port.Domain.CrewEffects;

using FluentValidation;
using Ics2Port.Domain.Common;

/// <summary>One article of a crew member's effects.</summary>
public sealed class EffectValidator : AbstractValidator<Effect>
{
    /// <summary>Creates the validator.</summary>
    public EffectValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.Description).Required().FreeText(TextLimits.Description);
        RuleFor(x => x.Quantity).MustBeAtLeast(0m);
    }
}
