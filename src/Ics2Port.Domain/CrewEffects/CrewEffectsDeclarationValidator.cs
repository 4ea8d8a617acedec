namespace Ics2Port.Domain.CrewEffects;

using FluentValidation;
using Ics2Port.Domain.Common;

/// <summary>FAL 4 Crew's Effects Declaration: at least one crew member's entry.</summary>
public sealed class CrewEffectsDeclarationValidator : AbstractValidator<CrewEffectsDeclaration>
{
    /// <summary>Creates the validator.</summary>
    public CrewEffectsDeclarationValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.Entries).Required().MustNotBeEmpty();
        // FluentValidation never hands a null item to a child validator; '!' only bridges the annotation.
        RuleForEach(x => x.Entries).Required().SetValidator(new CrewEffectsEntryValidator()!);
    }
}
