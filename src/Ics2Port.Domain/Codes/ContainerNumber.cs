namespace Ics2Port.Domain.Codes;

using System.Diagnostics.CodeAnalysis;

/// <summary>An ISO 6346 freight container number such as <c>CSQU3054383</c>.</summary>
public sealed record ContainerNumber
{
    private const int Length = 11;

    private static readonly int[] LetterValues = LetterValuesFromA();

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
        Span<char> code = stackalloc char[Length];
        value = Normalize(s, code) ? new ContainerNumber(s!.Length == Length ? s : new string(code)) : null;
        return value is not null;
    }

    /// <summary>True for what <see cref="TryParse"/> accepts, without making the number.</summary>
    public static bool IsValid([NotNullWhen(true)] string? s) => Normalize(s, stackalloc char[Length]);

    /// <summary>The 11 characters without spaces written into <paramref name="code"/>; false when they are not a valid number.</summary>
    private static bool Normalize(string? s, Span<char> code)
    {
        if (s is null)
        {
            return false;
        }

        var length = 0;
        foreach (var c in s)
        {
            if (c == ' ')
            {
                continue;
            }

            if (length == Length)
            {
                return false;
            }

            code[length++] = c;
        }

        if (length != Length
            || !char.IsAsciiLetterUpper(code[0]) || !char.IsAsciiLetterUpper(code[1]) || !char.IsAsciiLetterUpper(code[2])
            || code[3] is not ('U' or 'J' or 'Z')
            || code[4..].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            sum += CharacterValue(code[i]) << i;
        }

        return sum % 11 % 10 == code[Length - 1] - '0';
    }

    /// <inheritdoc/>
    public override string ToString() => Value;

    private static int CharacterValue(char c) => char.IsAsciiDigit(c) ? c - '0' : LetterValues[c - 'A'];

    // A = 10, then upwards, leaving out the multiples of 11.
    private static int[] LetterValuesFromA()
    {
        var values = new int[26];
        var value = 10;
        for (var letter = 0; letter < values.Length; letter++)
        {
            values[letter] = value;
            value += (value + 1) % 11 == 0 ? 2 : 1;
        }

        return values;
    }
}
