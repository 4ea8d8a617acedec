namespace Ics2Port.Domain.PassengerLists;

using FluentValidation;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.Parties;
using Ics2Port.Domain.PortCalls;

/// <summary>One row of FAL 6: a person with ports of embarkation and disembarkation and whether in transit.</summary>
public sealed class PassengerValidator : AbstractValidator<Passenger>
{
    /// <summary>Creates the validator for passengers of the port call described by <paramref name="context"/>.</summary>
    public PassengerValidator(DocumentContext context)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        Include(new PersonValidator<Passenger>(context));
        RuleFor(x => x.PortOfEmbarkation).Required().MustBeUnLocode();
        RuleFor(x => x.PortOfDisembarkation).Required().MustBeUnLocode();
        RuleFor(x => x.Transit).Required();
        RuleFor(x => x.VisaNumber).FreeText(TextLimits.Reference);
    }
}
