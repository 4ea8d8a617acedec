namespace Ics2Port.Domain.Permits;

using FluentValidation;
using Ics2Port.Domain.Common;

/// <summary>A decision names its outcome; a grant carries the permit number, a refusal its reason.</summary>
public sealed class PermitDecisionRequestValidator : AbstractValidator<PermitDecisionRequest>
{
    private PermitDecisionRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.Outcome).Required().MustBeOneOf(PermitDecisionOutcomes.Granted, PermitDecisionOutcomes.Refused);
        RuleFor(x => x.PermitNumber)
            .Required()
            .WithMessage("permitNumber is required when the permit is granted.")
            .When(x => x.Outcome == PermitDecisionOutcomes.Granted);
        RuleFor(x => x.Reason)
            .Required()
            .WithMessage("reason is required when the application is refused.")
            .When(x => x.Outcome == PermitDecisionOutcomes.Refused);
        RuleFor(x => x.PermitNumber).FreeText(TextLimits.Reference);
        RuleFor(x => x.Reason).FreeText(TextLimits.Description);
        RuleFor(x => x.PermitNumber)
            .Must(string.IsNullOrWhiteSpace)
            .WithErrorCode(RuleIds.Consistency)
            .WithMessage("A refused application has no permit number.")
            .When(x => x.Outcome == PermitDecisionOutcomes.Refused);
    }

    /// <summary>A shared instance; the validator holds no state.</summary>
    public static PermitDecisionRequestValidator Instance { get; } = new();
}
