namespace Ics2Port.Domain.Codes;

using System.Diagnostics.CodeAnalysis;

/// <summary>A phone number in the spirit of E.164: optional <c>+</c>, 6–15 digits, spaces and dashes allowed.</summary>
public sealed record PhoneNumber
{
    private PhoneNumber(string value) => Value = value;

    /// <summary>The number without spaces and dashes, e.g. <c>+37167123456</c>.</summary>
    public string Value { get; }

    /// <summary>Accepts <c>+371 67 123 456</c>, <c>+371-67123456</c> or <c>67123456</c>.</summary>
    public static bool TryParse(string? s, [NotNullWhen(true)] out PhoneNumber? value)
    {
        value = null;
        if (s is null)
        {
            return false;
        }

        var trimmed = s.Trim();
        var plus = trimmed.StartsWith('+');
        var rest = plus ? trimmed[1..] : trimmed;
        if (rest.Length == 0 || !char.IsAsciiDigit(rest[0]) || !rest.All(c => char.IsAsciiDigit(c) || c is ' ' or '-'))
        {
            return false;
        }

        var digits = string.Concat(rest.Where(char.IsAsciiDigit));
        if (digits.Length is < 6 or > 15)
        {
            return false;
        }

        value = new PhoneNumber(plus ? "+" + digits : digits);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
