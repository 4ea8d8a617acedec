namespace Ics2Port.Domain.CrewLists;

using FluentValidation;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.Parties;
using Ics2Port.Domain.PortCalls;

/// <summary>One row of FAL 5: a person with a rank or rating.</summary>
public sealed class CrewMemberValidator : AbstractValidator<CrewMember>
{
    /// <summary>Creates the validator for crew of the port call described by <paramref name="context"/>.</summary>
    public CrewMemberValidator(DocumentContext context)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        Include(new PersonValidator<CrewMember>(context));
        RuleFor(x => x.RankOrRating).Required().FreeText(TextLimits.Name);
    }
}
