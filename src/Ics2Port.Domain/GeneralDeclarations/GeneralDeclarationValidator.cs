namespace Ics2Port.Domain.GeneralDeclarations;

using FluentValidation;
using Ics2Port.Domain.Codes;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.Parties;
using Ics2Port.Domain.PortCalls;

/// <summary>
/// FAL 1 General Declaration: every field of CONTRACT.md, the same ship and port as the port call, crew and
/// passenger counts that agree with FAL 5 and FAL 6, and <c>changedDuringStay</c> on departure only (FAL-DEP).
/// </summary>
public sealed class GeneralDeclarationValidator : AbstractValidator<GeneralDeclaration>
{
    /// <summary>Creates the validator for a FAL 1 of the port call described by <paramref name="context"/>.</summary>
    public GeneralDeclarationValidator(DocumentContext context)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.ShipName).Required().FreeText(TextLimits.Name);
        RuleFor(x => x.ImoNumber)
            .Required()
            .MustBeImoNumber()
            .Must(imo => context.ImoNumber is null || SameShip(imo, context.ImoNumber))
            .WithErrorCode(RuleIds.Consistency)
            .WithMessage((_, imo) => $"IMO number {imo} is not the port call's ship {context.ImoNumber}.");
        RuleFor(x => x.CallSign).Required().FreeText(TextLimits.Reference);
        RuleFor(x => x.Flag).Required().MustBeCountry();
        RuleFor(x => x.VoyageNumber).Required().FreeText(TextLimits.Reference);
        RuleFor(x => x.ShipType).FreeText(TextLimits.Name);
        RuleFor(x => x.Berth).FreeText(TextLimits.Reference);
        RuleFor(x => x.Remarks).FreeText(TextLimits.Remarks);
        RuleFor(x => x.Port)
            .Required()
            .MustBeUnLocode()
            .Must(port => context.Port is null || SamePort(port, context.Port))
            .WithErrorCode(RuleIds.Consistency)
            .WithMessage((_, port) => $"Port {port} is not the port call's port {context.Port}.");
        RuleFor(x => x.DateTime).Required().MustBeIsoDateTime();
        RuleFor(x => x.LastPort).Required().MustBeUnLocode();
        RuleFor(x => x.NextPort).Required().MustBeUnLocode();

        // FluentValidation never hands a null property to a child validator; '!' only bridges the annotation.
        RuleFor(x => x.Master).Required().SetValidator(new MasterNameValidator()!);
        RuleFor(x => x.Agent).Required().SetValidator(PartyValidator.Instance!);
        RuleFor(x => x.GrossTonnage).Required().MustBeAtLeast(0m);
        RuleFor(x => x.NetTonnage).Required().MustBeAtLeast(0m);
        RuleFor(x => x.CargoDescription).Required().FreeText(TextLimits.Description);
        RuleFor(x => x.NumberOfCrew)
            .Required()
            .MustBeAtLeast(1)
            .Must(crew => context.ListedCrew is null || crew == context.ListedCrew)
            .WithErrorCode(RuleIds.Consistency)
            .WithMessage((_, crew) => $"Number of crew {crew} differs from the {context.ListedCrew} members of the crew list (FAL 5).");
        RuleFor(x => x.NumberOfPassengers)
            .Required()
            .MustBeAtLeast(0)
            .Must(passengers => context.ListedPassengers is null || passengers == context.ListedPassengers)
            .WithErrorCode(RuleIds.Consistency)
            .WithMessage((_, passengers) => $"Number of passengers {passengers} differs from the {context.ListedPassengers} passengers of the passenger list (FAL 6).");

        if (context.Direction == Direction.Arrival)
        {
            // FAL-DEP: what changed during the stay is known only when the ship leaves.
            RuleFor(x => x.ChangedDuringStay)
                .Null()
                .WithErrorCode(RuleIds.Consistency)
                .WithMessage("Changes during the stay are declared on departure only, not on arrival.");
        }
        else
        {
            // Absent means nothing changed; given, it says both what.
            RuleFor(x => x.ChangedDuringStay!.Stores).Required().When(x => x.ChangedDuringStay is not null);
            RuleFor(x => x.ChangedDuringStay!.Crew).Required().When(x => x.ChangedDuringStay is not null);
        }
    }

    private static bool SameShip(string? imo, string declared) =>
        ImoNumber.TryParse(imo, out var left) && ImoNumber.TryParse(declared, out var right) ? left == right : imo == declared;

    private static bool SamePort(string? port, string declared) =>
        UnLocode.TryParse(port, out var left) && UnLocode.TryParse(declared, out var right) ? left == right : port == declared;
}
