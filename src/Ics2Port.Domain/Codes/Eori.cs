namespace Ics2Port.Domain.Codes;

using System.Diagnostics.CodeAnalysis;

/// <summary>An Economic Operators Registration and Identification number, e.g. <c>LV40003012345</c>.</summary>
public sealed record Eori
{
    private const string Latvia = "LV";

    private Eori(string value) => Value = value;

    /// <summary>Country code followed by the national identifier.</summary>
    public string Value { get; }

    /// <summary>The issuing country.</summary>
    public string Country => Value[..2];

    /// <summary>
    /// Accepts an assigned country code and 1–15 upper-case letters or digits; a Latvian number is
    /// <c>LV</c> and the 11-digit taxpayer number.
    /// </summary>
    public static bool TryParse(string? s, [NotNullWhen(true)] out Eori? value)
    {
        value = null;
        if (s is null || s.Length < 3 || !CountryCode.IsAssigned(s[..2]))
        {
            return false;
        }

        var national = s[2..];
        var valid = s[..2] == Latvia
            ? national.Length == 11 && national.All(char.IsAsciiDigit)
            : national.Length <= 15 && national.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));
        if (!valid)
        {
            return false;
        }

        value = new Eori(s);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
