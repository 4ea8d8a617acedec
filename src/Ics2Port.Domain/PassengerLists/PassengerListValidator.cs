namespace Ics2Port.Domain.PassengerLists;

using FluentValidation;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.PortCalls;

/// <summary>FAL 6 Passenger List: at least one passenger, as many as FAL 1 declares.</summary>
public sealed class PassengerListValidator : AbstractValidator<PassengerList>
{
    /// <summary>Creates the validator for the passenger list of the port call described by <paramref name="context"/>.</summary>
    public PassengerListValidator(DocumentContext context)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.Passengers)
            .Required()
            .MustNotBeEmpty()
            .Must(passengers => context.DeclaredPassengers is null || passengers!.Count == context.DeclaredPassengers)
            .WithErrorCode(RuleIds.Consistency)
            .WithMessage((_, passengers) => $"The passenger list has {passengers!.Count} passengers but the general declaration (FAL 1) declares {context.DeclaredPassengers}.");
        RuleForEach(x => x.Passengers).RequiredEach(new PassengerValidator(context));
    }
}
