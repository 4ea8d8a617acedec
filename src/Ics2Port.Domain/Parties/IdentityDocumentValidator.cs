namespace Ics2Port.Domain.Parties;

using FluentValidation;
using Ics2Port.Domain.Codes;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.PortCalls;

/// <summary>A person's identity document: its shape, and that it is still valid when the ship arrives or departs.</summary>
public sealed class IdentityDocumentValidator : AbstractValidator<IdentityDocument>
{
    /// <summary>Creates the validator for documents of the port call described by <paramref name="context"/>.</summary>
    public IdentityDocumentValidator(DocumentContext context)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        var movement = PortCallMovement.Of(context);

        RuleFor(x => x.Type).Required().MustBeOneOf("passport", "seafarer-id", "other");
        RuleFor(x => x.Number).Required().FreeText(TextLimits.Reference);
        RuleFor(x => x.IssuingState).Required().MustBeCountry();
        RuleFor(x => x.ExpiryDate)
            .Required()
            .MustBeIsoDate()
            .Must(expiry => movement is null || !IsoDate.TryParse(expiry, out var date) || date >= movement.Date)
            .WithErrorCode(RuleIds.Consistency)
            .WithMessage((_, expiry) => $"Identity document expired on {expiry}, before the {movement!.Name} on {IsoDate.Format(movement.Date)}.");
    }
}
