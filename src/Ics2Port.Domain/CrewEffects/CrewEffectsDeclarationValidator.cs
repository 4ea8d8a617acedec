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
        RuleForEach(x => x.Entries).RequiredEach(new CrewEffectsEntryValidator());
    }
}
