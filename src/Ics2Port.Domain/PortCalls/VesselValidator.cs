namespace Ics2Port.Domain.PortCalls;

using FluentValidation;
using Ics2Port.Domain.Common;

/// <summary>The ship of a port call: IMO number, name, call sign, flag and, when given, the MMSI.</summary>
public sealed class VesselValidator : AbstractValidator<Vessel>
{
    /// <summary>Creates the validator.</summary>
    public VesselValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.ImoNumber).Required().MustBeImoNumber();
        RuleFor(x => x.Name).Required().FreeText(TextLimits.Name);
        RuleFor(x => x.CallSign).Required().FreeText(TextLimits.Reference);
        RuleFor(x => x.Flag).Required().MustBeCountry();
        RuleFor(x => x.Mmsi)
            .Must(mmsi => string.IsNullOrEmpty(mmsi) || (mmsi.Length == 9 && mmsi.All(char.IsAsciiDigit)))
            .WithErrorCode(RuleIds.FormatValue)
            .WithMessage((_, mmsi) => $"MMSI '{mmsi}' is not nine digits.");
    }
}
