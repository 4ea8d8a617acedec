namespace Ics2Port.Domain.Codes;

using System.Diagnostics.CodeAnalysis;

/// <summary>An IMO ship identification number: seven digits, the last a check digit.</summary>
public sealed record ImoNumber
{
    private ImoNumber(string value) => Value = value;

    /// <summary>The seven digits, without the "IMO" prefix.</summary>
    public string Value { get; }

    /// <summary>
    /// Accepts <c>9074729</c> or <c>IMO9074729</c> / <c>IMO 9074729</c>; the seventh digit must equal the
    /// sum of the first six weighted 7, 6, 5, 4, 3, 2, modulo 10.
    /// </summary>
    public static bool TryParse(string? s, [NotNullWhen(true)] out ImoNumber? value)
    {
        value = null;
        if (s is null)
        {
            return false;
        }

        var digits = s.Trim();
        if (digits.StartsWith("IMO", StringComparison.OrdinalIgnoreCase))
        {
            digits = digits[3..].TrimStart(' ');
        }

        if (digits.Length != 7 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 6; i++)
        {
            sum += (digits[i] - '0') * (7 - i);
        }

        if (sum % 10 != digits[6] - '0')
        {
            return false;
        }

        value = new ImoNumber(digits);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
