namespace Ics2Port.Domain.Manifests;

using FluentValidation;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.Ens;
using Ics2Port.Domain.PortCalls;

/// <summary>One bill of lading of a manifest; its items are checked by <see cref="ManifestItemValidator"/>.</summary>
internal sealed class ConsignmentValidator : AbstractValidator<Consignment>
{
    private static readonly string[] CargoTypes = [.. SeaCargoTypes.WireNames];

    public ConsignmentValidator(DocumentContext context)
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
            .Must(mrn => string.IsNullOrWhiteSpace(mrn) || MovementReferenceNumber.TryParse(mrn, out _))
            .WithErrorCode(RuleIds.EnsRegistration)
            .WithMessage((_, mrn) => $"ENS MRN '{mrn}' is not 18 characters: 2 digits of the year, a country code and 14 letters or digits.");
        RuleFor(x => x.EnsExemption)
            .Must(reason => string.IsNullOrWhiteSpace(reason) || EnsExemptions.IsKnown(reason))
            .WithErrorCode(RuleIds.EnsExempt)
            .WithMessage((_, reason) => $"ensExemption '{reason}' is not one of {string.Join(", ", EnsExemptions.Reasons)}.");
        if (context.Direction == Direction.Arrival)
        {
            RuleFor(x => x.EnsMrn)
                .Must((consignment, mrn) => !string.IsNullOrWhiteSpace(mrn) || !string.IsNullOrWhiteSpace(consignment.EnsExemption))
                .WithSeverity(Severity.Warning)
                .WithErrorCode(RuleIds.EnsWhen)
                .WithMessage(consignment => $"Bill of lading '{consignment.BillOfLading}' has neither an ENS MRN nor an ENS exemption; goods brought into the customs territory need an entry summary declaration.");
        }

        RuleFor(x => x.Items).Required().MustNotBeEmpty();
        // As RequiredEach, but the item validator depends on the cargo type; Continue so every item is checked.
        // FluentValidation never hands a null element to a child validator; '!' only bridges the annotation.
        RuleForEach(x => x.Items)
            .Cascade(CascadeMode.Continue)
            .Required()
            .SetValidator((Consignment consignment) => (IsContainerised(consignment) ? ManifestItemValidator.InContainers : ManifestItemValidator.Loose)!);
    }

    private static bool IsContainerised(Consignment consignment) =>
        SeaCargoTypes.TryParse(consignment.CargoType, out var cargoType) && cargoType == SeaCargoType.Container;
}
