namespace Ics2Port.Domain.Common;

using System.Globalization;
using System.Numerics;
using FluentValidation;
using Ics2Port.Domain.Codes;
using Ics2Port.Domain.Parties;

/// <summary>
/// The format rules of CONTRACT.md as FluentValidation rules. Each names the bad value in its message;
/// a missing value passes the format rules, because <see cref="Required{T, TProperty}"/> reports it.
/// </summary>
public static class RuleBuilderExtensions
{
    /// <summary>Present and, for text, not blank; reported as <paramref name="ruleId"/> (REQUIRED unless a rule says otherwise).</summary>
    public static IRuleBuilderOptions<T, TProperty> Required<T, TProperty>(this IRuleBuilder<T, TProperty> rule, string ruleId = RuleIds.Required) =>
        // The type test is made once per TProperty by the JIT; testing the value itself would box a number.
        rule.Must(value => value is not null && (typeof(TProperty) != typeof(string) || !string.IsNullOrWhiteSpace((string)(object)value)))
            .WithErrorCode(ruleId)
            .WithMessage("{PropertyName} is required.");

    /// <summary>REQUIRED: a list with at least one entry (a missing list passes; <see cref="Required{T, TProperty}"/> reports it).</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<TItem>?> MustNotBeEmpty<T, TItem>(this IRuleBuilder<T, IReadOnlyList<TItem>?> rule) =>
        rule.Must(list => list is null || list.Count > 0)
            .WithErrorCode(RuleIds.Required)
            .WithMessage("{PropertyName} must have at least one entry.");

    /// <summary>
    /// REQUIRED for a null element, then <paramref name="validator"/> on each. Every element is checked: under a
    /// validator's <c>RuleLevelCascadeMode = Stop</c> a collection rule would otherwise end at the first bad element.
    /// </summary>
    public static IRuleBuilderOptions<T, TElement> RequiredEach<T, TElement>(this IRuleBuilderInitialCollection<T, TElement> rule, IValidator<TElement> validator) =>
        rule.Cascade(CascadeMode.Continue)
            .Required()
            .WithMessage("{PropertyName} entry {CollectionIndex} is empty.")
            .SetValidator(validator);

    /// <summary>A party that must be present (PARTY-REQUIRED) and carry the minimum data (PARTY-MIN).</summary>
    public static IRuleBuilderOptions<T, Party?> RequiredParty<T>(this IRuleBuilder<T, Party?> rule, string ruleId = RuleIds.PartyRequired) =>
        // A party that passes every PARTY-MIN rule is cleared without a child context; '!' only bridges the annotation.
        rule.Required(ruleId).SetValidator(new ScreenedChildValidator<T, Party?>(PartyValidator.Instance!, party => PartyValidator.IsClean(party!)));

    /// <summary>FORMAT-IMO: seven digits with a valid check digit.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeImoNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MustBe(s => ImoNumber.TryParse(s, out _), RuleIds.FormatImo, value => $"IMO number '{value}' is not a valid IMO number.");

    /// <summary>FORMAT-COUNTRY: an assigned ISO 3166-1 alpha-2 code.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeCountry<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MustBe(CountryCode.IsAssigned, RuleIds.FormatCountry, value => $"Country '{value}' is not an ISO 3166-1 alpha-2 country code.");

    /// <summary>FORMAT-UNLOCODE: country and three location characters.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeUnLocode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MustBe(UnLocode.IsValid, RuleIds.FormatUnLocode, value => $"Location '{value}' is not a valid UN/LOCODE.");

    /// <summary>FORMAT-EORI: country and up to 15 characters; LV and 11 digits in Latvia.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeEori<T>(this IRuleBuilder<T, string?> rule, string ruleId = RuleIds.FormatEori) =>
        rule.MustBe(Eori.IsValid, ruleId, value => $"EORI '{value}' is not a valid EORI number.");

    /// <summary>FORMAT-HS: 4, 6 or 8 digits of an existing chapter.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeHsCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MustBe(HsCode.IsValid, RuleIds.FormatHs, value => $"HS code '{value}' is not a valid 4, 6 or 8-digit HS/CN code.");

    /// <summary>FORMAT-CONTAINER: ISO 6346 with a valid check digit.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeContainerNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MustBe(ContainerNumber.IsValid, RuleIds.FormatContainer, value => $"Container number '{value}' is not a valid ISO 6346 container number.");

    /// <summary>FORMAT-DATE: <c>yyyy-MM-dd</c>.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeIsoDate<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MustBe(s => IsoDate.TryParse(s, out _), RuleIds.FormatDate, value => $"Date '{value}' is not an ISO 8601 date (yyyy-MM-dd).");

    /// <summary>FORMAT-DATE: ISO 8601 date and time with an offset.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeIsoDateTime<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MustBe(s => IsoDateTime.TryParse(s, out _), RuleIds.FormatDate, value => $"Time '{value}' is not an ISO 8601 date and time with offset (e.g. 2026-11-23T06:00:00+02:00).");

    /// <summary>FORMAT-EMAIL: one @, a dotted domain, no spaces.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MustBe(EmailAddress.IsValid, RuleIds.FormatEmail, value => $"E-mail address '{value}' is not a valid e-mail address.");

    /// <summary>FORMAT-PHONE: optional +, 6–15 digits, spaces and dashes allowed.</summary>
    public static IRuleBuilderOptions<T, string?> MustBePhone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MustBe(PhoneNumber.IsValid, RuleIds.FormatPhone, value => $"Phone number '{value}' is not a valid phone number.");

    /// <summary>FORMAT-VALUE: one of <paramref name="allowed"/>, compared exactly.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeOneOf<T>(this IRuleBuilder<T, string?> rule, params string[] allowed) =>
        rule.MustBe(s => allowed.Contains(s, StringComparer.Ordinal), RuleIds.FormatValue, value => $"'{value}' is not one of {string.Join(", ", allowed)}.");

    /// <summary>FORMAT-VALUE: a number no smaller than <paramref name="minimum"/>.</summary>
    public static IRuleBuilderOptions<T, TNumber?> MustBeAtLeast<T, TNumber>(this IRuleBuilder<T, TNumber?> rule, TNumber minimum)
        where TNumber : struct, INumber<TNumber> =>
        rule.Must(value => value is null || value.Value >= minimum)
            .WithErrorCode(RuleIds.FormatValue)
            .WithMessage((_, value) => string.Create(CultureInfo.InvariantCulture, $"{{PropertyName}} must be at least {minimum}, not {value}."));

    /// <summary>
    /// FORMAT-TEXT: free text of at most <paramref name="maxLength"/> characters (see <see cref="TextLimits"/>) without
    /// control characters, so that no value changes the structure of an e-mail header, a file name or a line it is
    /// written into. A missing value passes.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> FreeText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.SetValidator(new FreeTextValidator<T>(maxLength)).WithErrorCode(RuleIds.FormatText);

    private static IRuleBuilderOptions<T, string?> MustBe<T>(this IRuleBuilder<T, string?> rule, Func<string, bool> isValid, string ruleId, Func<string?, string> message) =>
        rule.Must(value => string.IsNullOrWhiteSpace(value) || isValid(value))
            .WithErrorCode(ruleId)
            .WithMessage((_, value) => message(value));
}
