namespace Ics2Port.Domain.GeneralDeclarations;

using FluentValidation;
using Ics2Port.Domain.Common;

/// <summary>The master's family and given names on FAL 1.</summary>
public sealed class MasterNameValidator : AbstractValidator<MasterName>
{
    /// <summary>Creates the validator.</summary>
    public MasterNameValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.FamilyName).Required().FreeText(TextLimits.Name);
        RuleFor(x => x.GivenNames).Required().FreeText(TextLimits.Name);
    }
}
