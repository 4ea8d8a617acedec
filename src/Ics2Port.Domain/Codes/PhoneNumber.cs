namespace Ics2Port.Domain.Codes;

using System.Buffers;
using System.Diagnostics.CodeAnalysis;

/// <summary>A phone number in the spirit of E.164: optional <c>+</c>, 6–15 digits, spaces and dashes allowed.</summary>
public sealed record PhoneNumber
{
    private static readonly SearchValues<char> DigitsSpacesAndDashes = SearchValues.Create("0123456789 -");

    private PhoneNumber(string value) => Value = value;

    /// <summary>The number without spaces and dashes, e.g. <c>+37167123456</c>.</summary>
    public string Value { get; }

    /// <summary>Accepts <c>+371 67 123 456</c>, <c>+371-67123456</c> or <c>67123456</c>.</summary>
    public static bool TryParse(string? s, [NotNullWhen(true)] out PhoneNumber? value)
    {
        value = null;
        if (!IsValid(s))
        {
            return false;
        }

        var trimmed = s.AsSpan().Trim();
        var digits = string.Concat(trimmed.ToString().Where(char.IsAsciiDigit));
        value = new PhoneNumber(trimmed.StartsWith('+') ? "+" + digits : digits);
        return true;
    }

    /// <summary>True for what <see cref="TryParse"/> accepts, without making the number.</summary>
    public static bool IsValid([NotNullWhen(true)] string? s)
    {
        if (s is null)
        {
            return false;
        }

        var rest = s.AsSpan().Trim();
        rest = rest.StartsWith('+') ? rest[1..] : rest;
        if (rest.IsEmpty || !char.IsAsciiDigit(rest[0]) || rest.ContainsAnyExcept(DigitsSpacesAndDashes))
        {
            return false;
        }

        var digits = rest.Length - rest.Count(' ') - rest.Count('-');
        return digits is >= 6 and <= 15;
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
