namespace Ics2Port.Domain.ShipSupplies;

using FluentValidation;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.Ens;

/// <summary>
/// A ship supply (seed 002): the supplier with PARTY-MIN and an EORI number, box 8 naming the port call's ship,
/// a destination code of SUP-DEST-CODE, the ship's leaving where non-Union stores depend on it (SUP-NON-UNION),
/// the declaration's MRN when given, and every line (see <see cref="SupplyLineValidator"/>).
/// </summary>
public sealed class ShipSupplyValidator : AbstractValidator<ShipSupply>
{
    /// <summary>Creates the validator for a supply to the ship of the port call described by <paramref name="context"/>.</summary>
    public ShipSupplyValidator(SupplyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.Supplier).RequiredParty();
        RuleFor(x => x.Supplier!.Eori)
            .Required()
            .WithMessage("The supplier lodges the declaration, so supplier.eori is required.")
            .When(x => x.Supplier is not null);

        RuleFor(x => x.Consignee).Required();
        RuleFor(x => x.Consignee!.VesselName)
            .Required()
            .Must(name => context.VesselName is null || string.Equals(name?.Trim(), context.VesselName.Trim(), StringComparison.OrdinalIgnoreCase))
            .WithErrorCode(RuleIds.Consistency)
            .WithMessage((_, name) => $"Vessel '{name}' is not the ship of the port call, {context.VesselName}.")
            .When(x => x.Consignee is not null);
        RuleFor(x => x.Consignee!.OwningCompany).Required().When(x => x.Consignee is not null);

        RuleFor(x => x.DestinationCode)
            .Required()
            .Must(code => code is null || SupplyCodes.DeclarationTypeByDestination.ContainsKey(code))
            .WithErrorCode(RuleIds.SupDestCode)
            .WithMessage((_, code) => $"Destination code '{code}' is not one of QQ, QR, QS, QV.");

        RuleFor(x => x.ShipLeavesCustomsTerritory)
            .Required(RuleIds.SupNonUnion)
            .WithMessage("shipLeavesCustomsTerritory is required: it decides the procedure of the non-Union stores and fuel.")
            .When(x => x.Lines?.Any(line => line?.CustomsStatus == SupplyCodes.NonUnion && SupplyCodes.IsConsumedOnBoard(line.Kind)) == true);

        RuleFor(x => x.DeclarationReference)
            .Must(reference => string.IsNullOrWhiteSpace(reference) || MovementReferenceNumber.TryParse(reference, out _))
            .WithErrorCode(RuleIds.FormatValue)
            .WithMessage((_, reference) => $"Declaration reference '{reference}' is not an MRN (18 characters: year, country, serial).");

        RuleFor(x => x.Lines).Required().MustNotBeEmpty();
        // FluentValidation never hands a null element to a child validator; '!' only bridges the annotation.
        RuleForEach(x => x.Lines).RequiredEach(SupplyLineValidator.Instance!);
    }
}
