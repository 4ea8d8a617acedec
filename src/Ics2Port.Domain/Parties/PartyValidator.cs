namespace Ics2Port.Domain.Parties;

using FluentValidation;
using Ics2Port.Domain.Codes;
using Ics2Port.Domain.Common;

/// <summary>
/// PARTY-MIN: name, legal address, country, e-mail and phone; the EORI number only if available, but
/// well-formed when given. Whether the party is present at all is the parent's rule (PARTY-REQUIRED).
/// </summary>
public sealed class PartyValidator : AbstractValidator<Party>
{
    /// <summary>Creates the validator.</summary>
    public PartyValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.Name).Required(RuleIds.PartyMin).FreeText(TextLimits.Name);
        RuleFor(x => x.Address).Required(RuleIds.PartyMin).FreeText(TextLimits.Description);
        RuleFor(x => x.Country).Required(RuleIds.PartyMin).MustBeCountry();
        // A party's EORI is part of its minimum data, so a bad one is reported as PARTY-MIN (CONTRACT.md's example).
        RuleFor(x => x.Eori).MustBeEori(RuleIds.PartyMin);
        RuleFor(x => x.Email).Required(RuleIds.PartyMin).MustBeEmail();
        RuleFor(x => x.Phone).Required(RuleIds.PartyMin).MustBePhone();
    }

    /// <summary>A shared instance; the validator holds no state.</summary>
    public static PartyValidator Instance { get; } = new();

    /// <summary>True when every rule above passes for <paramref name="party"/>. Keep it in step with the rules: each clause is one rule.</summary>
    public static bool IsClean(Party party) =>
        IsCleanText(party.Name, TextLimits.Name)
        && IsCleanText(party.Address, TextLimits.Description)
        && !string.IsNullOrWhiteSpace(party.Country) && CountryCode.IsAssigned(party.Country)
        && (string.IsNullOrWhiteSpace(party.Eori) || Eori.IsValid(party.Eori))
        && !string.IsNullOrWhiteSpace(party.Email) && EmailAddress.IsValid(party.Email)
        && !string.IsNullOrWhiteSpace(party.Phone) && PhoneNumber.IsValid(party.Phone);

    // Required and FreeText: present and not blank, within the limit and without control characters.
    private static bool IsCleanText(string? value, int maxLength) => !string.IsNullOrWhiteSpace(value) && FreeTexts.Problem(value, maxLength) is null;
}
