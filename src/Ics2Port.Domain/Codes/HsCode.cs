namespace Ics2Port.Domain.Codes;

using System.Diagnostics.CodeAnalysis;

/// <summary>
/// A Harmonized System / Combined Nomenclature code: the 4-digit heading (HS-PARTIAL), the 6-digit HS
/// subheading or the 8-digit CN subheading.
/// </summary>
public sealed record HsCode
{
    // Chapter 77 is reserved for future use in the Harmonized System.
    private const int ReservedChapter = 77;
    private const int LastChapter = 97;

    private HsCode(string value) => Value = value;

    /// <summary>The digits only, e.g. <c>440710</c>.</summary>
    public string Value { get; }

    /// <summary>4, 6 or 8.</summary>
    public int Length => Value.Length;

    /// <summary>The chapter, 1–97.</summary>
    public int Chapter => int.Parse(Value.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The first four digits.</summary>
    public string Heading => Value[..4];

    /// <summary>True when only the heading is known (HS-PARTIAL).</summary>
    public bool IsHeadingOnly => Value.Length == 4;

    /// <summary>
    /// Accepts 4, 6 or 8 digits, ignoring spaces and dots as printed (<c>4407 10</c>, <c>4407.10.91</c>);
    /// the chapter must be 01–97 and not the reserved 77.
    /// </summary>
    public static bool TryParse(string? s, [NotNullWhen(true)] out HsCode? value)
    {
        value = null;
        if (s is null)
        {
            return false;
        }

        var digits = string.Concat(s.Where(c => c is not (' ' or '.')));
        if (digits.Length is not (4 or 6 or 8) || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var code = new HsCode(digits);
        if (code.Chapter is < 1 or > LastChapter or ReservedChapter)
        {
            return false;
        }

        value = code;
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
