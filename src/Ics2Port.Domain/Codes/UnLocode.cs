namespace Ics2Port.Domain.Codes;

using System.Diagnostics.CodeAnalysis;

/// <summary>A UN/LOCODE such as <c>LVRIX</c>: an ISO 3166 country and three characters A–Z, 2–9.</summary>
public sealed record UnLocode
{
    private UnLocode(string value) => Value = value;

    /// <summary>Five characters without the space, e.g. <c>LVRIX</c>.</summary>
    public string Value { get; }

    /// <summary>The country part.</summary>
    public string Country => Value[..2];

    /// <summary>The location part.</summary>
    public string Location => Value[2..];

    /// <summary>Accepts <c>LVRIX</c> or the printed form <c>LV RIX</c>, upper case, with an assigned country.</summary>
    public static bool TryParse(string? s, [NotNullWhen(true)] out UnLocode? value)
    {
        value = null;
        if (s is null)
        {
            return false;
        }

        var code = s.Length == 6 && s[2] == ' ' ? string.Concat(s.AsSpan(0, 2), s.AsSpan(3)) : s;
        if (code.Length != 5 || !CountryCode.IsAssigned(code[..2]) || !code[2..].All(IsLocationCharacter))
        {
            return false;
        }

        value = new UnLocode(code);
        return true;
    }

    /// <summary>
    /// Whether two texts name the same port in UN/LOCODE's one normal form (<c>LV RIX</c> is <c>LVRIX</c>); texts that are not
    /// UN/LOCODEs are the same port only when they are the same text.
    /// </summary>
    public static bool SamePort(string? left, string? right) =>
        TryParse(left?.Trim(), out var l) && TryParse(right?.Trim(), out var r) ? l == r : string.Equals(left, right, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override string ToString() => Value;

    // UN/LOCODE leaves out 0 and 1 so they are not mistaken for O and I.
    private static bool IsLocationCharacter(char c) => char.IsAsciiLetterUpper(c) || c is >= '2' and <= '9';
}
