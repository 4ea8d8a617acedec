namespace Ics2Port.Domain.Ens;

using System.Diagnostics.CodeAnalysis;
using Ics2Port.Domain.Codes;

/// <summary>
/// The reference number customs give an entry summary declaration when they register it (ENS-REGISTRATION),
/// e.g. <c>26LV000210ENS00012</c>.
/// </summary>
public sealed record MovementReferenceNumber
{
    private const int Length = 18;

    private MovementReferenceNumber(string value) => Value = value;

    /// <summary>The 18 characters.</summary>
    public string Value { get; }

    /// <summary>
    /// Accepts 18 upper-case characters: two digits of the year, the ISO 3166 code of the registering country,
    /// and fourteen letters or digits (serial, procedure letter and check character; the check character is not
    /// verified, so a number is refused only for its shape).
    /// </summary>
    public static bool TryParse(string? s, [NotNullWhen(true)] out MovementReferenceNumber? value)
    {
        value = null;
        if (s is null
            || s.Length != Length
            || !char.IsAsciiDigit(s[0])
            || !char.IsAsciiDigit(s[1])
            || !CountryCode.IsAssigned(s[2..4])
            || !s[4..].All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)))
        {
            return false;
        }

        value = new MovementReferenceNumber(s);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
