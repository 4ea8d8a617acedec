namespace Ics2Port.Domain.CrewLists;

using FluentValidation;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.PortCalls;

/// <summary>FAL 5 Crew List: at least one member, exactly one master, as many as FAL 1 declares.</summary>
public sealed class CrewListValidator : AbstractValidator<CrewList>
{
    private const string Master = "MASTER";

    /// <summary>Creates the validator for the crew list of the port call described by <paramref name="context"/>.</summary>
    public CrewListValidator(DocumentContext context)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.Crew)
            .Required()
            .MustNotBeEmpty()
            .Must(crew => Masters(crew!) == 1)
            .WithErrorCode(RuleIds.Consistency)
            .WithMessage((_, crew) => $"Exactly one crew member must have rank MASTER; the list has {Masters(crew!)}.")
            .Must(crew => context.DeclaredCrew is null || crew!.Count == context.DeclaredCrew)
            .WithErrorCode(RuleIds.Consistency)
            .WithMessage((_, crew) => $"The crew list has {crew!.Count} members but the general declaration (FAL 1) declares {context.DeclaredCrew}.");
        RuleForEach(x => x.Crew).RequiredEach(new CrewMemberValidator(context));
    }

    private static int Masters(IReadOnlyList<CrewMember?> crew) =>
        crew.Count(member => string.Equals(member?.RankOrRating?.Trim(), Master, StringComparison.OrdinalIgnoreCase));
}
