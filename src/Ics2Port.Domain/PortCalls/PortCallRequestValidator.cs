namespace Ics2Port.Domain.PortCalls;

using FluentValidation;
using Ics2Port.Domain.Codes;
using Ics2Port.Domain.Common;

/// <summary>
/// A port call as announced: the ship, the port and voyage, an arrival before the departure. The last and
/// next ports and the ETD may still be unknown; <c>regularShippingService</c> absent means false.
/// </summary>
public sealed class PortCallRequestValidator : AbstractValidator<PortCallRequest>
{
    /// <summary>Creates the validator.</summary>
    public PortCallRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        // FluentValidation never hands a null property to a child validator; '!' only bridges the annotation.
        RuleFor(x => x.Vessel).Required().SetValidator(new VesselValidator()!);
        RuleFor(x => x.Port).Required().MustBeUnLocode();
        RuleFor(x => x.VoyageNumber).Required().FreeText(TextLimits.Reference);
        RuleFor(x => x.Eta).Required().MustBeIsoDateTime();
        RuleFor(x => x.Etd)
            .MustBeIsoDateTime()
            .Must((request, etd) => !IsoDateTime.TryParse(request.Eta, out var eta) || !IsoDateTime.TryParse(etd, out var departure) || eta < departure)
            .WithErrorCode(RuleIds.Consistency)
            .WithMessage((request, etd) => $"ETD {etd} is not after ETA {request.Eta}.");
        RuleFor(x => x.LastPort).MustBeUnLocode();
        RuleFor(x => x.NextPort).MustBeUnLocode();
    }
}
