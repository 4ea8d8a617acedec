namespace Ics2Port.Domain.Codes;

using System.Diagnostics.CodeAnalysis;

/// <summary>An ISO 6346 freight container number such as <c>CSQU3054383</c>.</summary>
public sealed record ContainerNumber
{
    private ContainerNumber(string value) => Value = value;

    /// <summary>Owner code (3 letters), category (U, J or Z), serial (6 digits) and check digit, without spaces.</summary>
    public string Value { get; }

    /// <summary>The three-letter owner code.</summary>
    public string OwnerCode => Value[..3];

    /// <summary>
    /// Accepts the 11 characters with optional spaces (<c>CSQU 305438 3</c>); the check digit must match
    /// ISO 6346 (letters valued from A = 10 skipping multiples of 11, weights 2^position, sum mod 11 mod 10).
    /// </summary>
    public static bool TryParse(string? s, [NotNullWhen(true)] out ContainerNumber? value)
    {
        value = null;
        if (s is null)
        {
            return false;
        }

        var code = s.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (code.Length != 11
            || !code[..3].All(char.IsAsciiLetterUpper)
            || code[3] is not ('U' or 'J' or 'Z')
            || !code[4..].All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += CharacterValue(code[i]) << i;
        }

        if (sum % 11 % 10 != code[10] - '0')
        {
            return false;
        }

        value = new ContainerNumber(code);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Value;

    private static int CharacterValue(char c)
    {
        if (char.IsAsciiDigit(c))
        {
            return c - '0';
        }

        // A = 10, then upwards, leaving out the multiples of 11.
        var value = 10;
        for (var letter = 'A'; letter < c; letter++)
        {
            value++;
            if (value % 11 == 0)
            {
                value++;
            }
        }

        return value;
    }
}
