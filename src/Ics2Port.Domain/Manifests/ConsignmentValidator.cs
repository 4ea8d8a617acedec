namespace Ics2Port.Domain.Manifests;

using FluentValidation;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.Ens;
using Ics2Port.Domain.PortCalls;

/// <summary>One bill of lading of a manifest; its items are checked by <see cref="ManifestItemValidator"/>.</summary>
internal sealed class ConsignmentValidator : AbstractValidator<Consignment>
{
    private static readonly string[] CargoTypes = [.. SeaCargoTypes.WireNames];

    private ConsignmentValidator(Direction direction)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.BillOfLading).Required().FreeText(TextLimits.Reference);
        RuleFor(x => x.PortOfLoading).Required().MustBeUnLocode();
        RuleFor(x => x.PortOfDischarge).Required().MustBeUnLocode();
        RuleFor(x => x.Consignor).RequiredParty();
        RuleFor(x => x.Consignee).RequiredParty();
        RuleFor(x => x.GoodsStatus).MustBeGoodsStatus();
        // An enumerated field with an unknown value is FORMAT-VALUE throughout the project, as MustBeOneOf reports it.
        RuleFor(x => x.CargoType).Required().MustBeOneOf(CargoTypes);
        // A malformed MRN cannot be the number customs registered (ENS-REGISTRATION), so that rule names the error.
        RuleFor(x => x.EnsMrn)
            .Must(mrn => string.IsNullOrWhiteSpace(mrn) || MovementReferenceNumber.IsValid(mrn))
            .WithErrorCode(RuleIds.EnsRegistration)
            .WithMessage((_, mrn) => $"ENS MRN '{mrn}' is not 18 characters: 2 digits of the year, a country code and 14 letters or digits.");
        RuleFor(x => x.EnsExemption)
            .Must(reason => string.IsNullOrWhiteSpace(reason) || EnsExemptions.IsKnown(reason))
            .WithErrorCode(RuleIds.EnsExempt)
            .WithMessage((_, reason) => $"ensExemption '{reason}' is not one of {string.Join(", ", EnsExemptions.Reasons)}.");
        if (direction == Direction.Arrival)
        {
            RuleFor(x => x.EnsMrn)
                .Must((consignment, mrn) => !string.IsNullOrWhiteSpace(mrn) || !string.IsNullOrWhiteSpace(consignment.EnsExemption))
                .WithSeverity(Severity.Warning)
                .WithErrorCode(RuleIds.EnsWhen)
                .WithMessage(consignment => $"Bill of lading '{consignment.BillOfLading}' has neither an ENS MRN nor an ENS exemption; goods brought into the customs territory need an entry summary declaration.");
        }

        RuleFor(x => x.Items).Required().MustNotBeEmpty();
        // The item validator depends on the cargo type; every item is checked, null items are REQUIRED.
        RuleFor(x => x.Items).EachValidatedBy(consignment => IsContainerised(consignment) ? ManifestItemValidator.InContainers : ManifestItemValidator.Loose);
    }

    /// <summary>The validator for consignments of a port call moving in <paramref name="direction"/>; built once, it holds no state.</summary>
    public static ConsignmentValidator For(Direction direction) => direction == Direction.Arrival ? Arrival : Departure;

    private static ConsignmentValidator Arrival { get; } = new(Direction.Arrival);

    private static ConsignmentValidator Departure { get; } = new(Direction.Departure);

    private static bool IsContainerised(Consignment consignment) =>
        SeaCargoTypes.TryParse(consignment.CargoType, out var cargoType) && cargoType == SeaCargoType.Container;
}
