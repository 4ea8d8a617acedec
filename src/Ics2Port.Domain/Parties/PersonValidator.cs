namespace Ics2Port.Domain.Parties;

using FluentValidation;
using Ics2Port.Domain.Codes;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.PortCalls;

/// <summary>The person fields of a crew member or passenger (CONTRACT.md "person").</summary>
/// <typeparam name="T">A crew member or a passenger.</typeparam>
public sealed class PersonValidator<T> : AbstractValidator<T>
    where T : IPerson
{
    /// <summary>Creates the validator for people listed for the port call described by <paramref name="context"/>.</summary>
    public PersonValidator(DocumentContext context)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        var movement = PortCallMovement.Of(context);

        RuleFor(x => x.FamilyName).Required().FreeText(TextLimits.Name);
        RuleFor(x => x.GivenNames).Required().FreeText(TextLimits.Name);
        RuleFor(x => x.Nationality).Required().MustBeCountry();
        RuleFor(x => x.DateOfBirth)
            .Required()
            .MustBeIsoDate()
            .Must(birth => movement is null || !IsoDate.TryParse(birth, out var date) || date < movement.Date)
            .WithErrorCode(RuleIds.Consistency)
            .WithMessage((_, birth) => $"Date of birth {birth} is not before the {movement!.Name} on {IsoDate.Format(movement.Date)}.");
        RuleFor(x => x.PlaceOfBirth).Required().FreeText(TextLimits.Name);
        RuleFor(x => x.Gender).Required().MustBeOneOf("M", "F", "X");
        // FluentValidation never hands a null property to a child validator; '!' only bridges the annotation.
        RuleFor(x => x.IdentityDocument).Required().SetValidator(new IdentityDocumentValidator(context)!);
    }
}
