namespace Ics2Port.Domain.Parties;

using FluentValidation;
using Ics2Port.Domain.Common;

/// <summary>
/// PARTY-MIN for the actual consignor or consignee: "data to the extent available", so nothing is required, but what is
/// given has the format of the declared parties' fields.
/// </summary>
public sealed class ActualPartyValidator : AbstractValidator<ActualParty>
{
    private ActualPartyValidator()
    {
        RuleFor(x => x.Name).FreeText(TextLimits.Name);
        RuleFor(x => x.Address).FreeText(TextLimits.Description);
        RuleFor(x => x.Country).MustBeCountry();
        RuleFor(x => x.Eori).MustBeEori(RuleIds.PartyMin);
        RuleFor(x => x.Email).MustBeEmail();
        RuleFor(x => x.Phone).MustBePhone();
    }

    /// <summary>A shared instance; the validator holds no state.</summary>
    public static ActualPartyValidator Instance { get; } = new();
}
