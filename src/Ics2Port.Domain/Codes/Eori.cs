namespace Ics2Port.Domain.Codes;

using System.Buffers;
using System.Diagnostics.CodeAnalysis;

/// <summary>An Economic Operators Registration and Identification number, e.g. <c>LV40003012345</c>.</summary>
public sealed record Eori
{
    private const string Latvia = "LV";

    private static readonly SearchValues<char> UpperLettersAndDigits = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

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
        value = IsValid(s) ? new Eori(s) : null;
        return value is not null;
    }

    /// <summary>True for what <see cref="TryParse"/> accepts, without making the number.</summary>
    public static bool IsValid([NotNullWhen(true)] string? s)
    {
        if (s is null || s.Length < 3 || !CountryCode.IsAssigned(s.AsSpan(0, 2)))
        {
            return false;
        }

        var national = s.AsSpan(2);
        return s.StartsWith(Latvia, StringComparison.Ordinal)
            ? national.Length == 11 && !national.ContainsAnyExceptInRange('0', '9')
            : national.Length <= 15 && !national.ContainsAnyExcept(UpperLettersAndDigits);
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
