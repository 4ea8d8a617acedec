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
    private const int MaxDigits = 8;

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
        Span<char> digits = stackalloc char[MaxDigits];
        var length = Digits(s, digits);
        value = length > 0 ? new HsCode(new string(digits[..length])) : null;
        return value is not null;
    }

    /// <summary>True for what <see cref="TryParse"/> accepts, without making the code.</summary>
    public static bool IsValid(string? s) => Digits(s, stackalloc char[MaxDigits]) > 0;

    /// <summary>True for a valid code that is only the 4-digit heading (HS-PARTIAL).</summary>
    public static bool IsValidHeadingOnly(string? s) => Digits(s, stackalloc char[MaxDigits]) == 4;

    /// <summary>The code's digits written into <paramref name="digits"/>: their count, or 0 when the code is not valid.</summary>
    private static int Digits(string? s, Span<char> digits)
    {
        if (s is null)
        {
            return 0;
        }

        var length = 0;
        foreach (var c in s)
        {
            if (c is ' ' or '.')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c) || length == MaxDigits)
            {
                return 0;
            }

            digits[length++] = c;
        }

        if (length is not (4 or 6 or 8))
        {
            return 0;
        }

        var chapter = ((digits[0] - '0') * 10) + (digits[1] - '0');
        return chapter is < 1 or > LastChapter or ReservedChapter ? 0 : length;
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
