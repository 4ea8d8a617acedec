namespace Ics2Port.Domain.Codes;

using System.Buffers;
using System.Diagnostics.CodeAnalysis;

/// <summary>A UN/LOCODE such as <c>LVRIX</c>: an ISO 3166 country and three characters A–Z, 2–9.</summary>
public sealed record UnLocode
{
    // UN/LOCODE leaves out 0 and 1 so they are not mistaken for O and I.
    private static readonly SearchValues<char> LocationCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ23456789");

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
        value = IsValid(s) ? new UnLocode(s!.Length == 6 ? string.Concat(s.AsSpan(0, 2), s.AsSpan(3)) : s) : null;
        return value is not null;
    }

    /// <summary>True for what <see cref="TryParse"/> accepts, without making the code.</summary>
    public static bool IsValid(string? s)
    {
        if (s is null)
        {
            return false;
        }

        // The printed form has a space after the country.
        var printed = s.Length == 6 && s[2] == ' ';
        return s.Length == (printed ? 6 : 5)
            && CountryCode.IsAssigned(s.AsSpan(0, 2))
            && !s.AsSpan(printed ? 3 : 2).ContainsAnyExcept(LocationCharacters);
    }

    /// <summary>
    /// Whether two texts name the same port in UN/LOCODE's one normal form (<c>LV RIX</c> is <c>LVRIX</c>); texts that are not
    /// UN/LOCODEs are the same port only when they are the same text.
    /// </summary>
    public static bool SamePort(string? left, string? right) =>
        TryParse(left?.Trim(), out var l) && TryParse(right?.Trim(), out var r) ? l == r : string.Equals(left, right, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
