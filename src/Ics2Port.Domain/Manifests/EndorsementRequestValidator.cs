namespace Ics2Port.Domain.Manifests;

using FluentValidation;
using Ics2Port.Domain.Common;

/// <summary>Customs' own reference of an endorsement is optional; when given it is a reference's free text (FORMAT-TEXT).</summary>
public sealed class EndorsementRequestValidator : AbstractValidator<EndorsementRequest>
{
    private EndorsementRequestValidator()
    {
        RuleFor(x => x.Reference).FreeText(TextLimits.Reference);
    }

    /// <summary>A shared instance; the validator holds no state.</summary>
    public static EndorsementRequestValidator Instance { get; } = new();

    /// <summary>Every error of <paramref name="request"/>.</summary>
    public static ValidationReport Check(EndorsementRequest request) => ValidationReports.From(Instance.Validate(request));
}
