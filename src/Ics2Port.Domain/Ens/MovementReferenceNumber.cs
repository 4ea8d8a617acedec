namespace Ics2Port.Domain.Ens;

using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Ics2Port.Domain.Codes;

/// <summary>
/// The reference number customs give an entry summary declaration when they register it (ENS-REGISTRATION),
/// e.g. <c>26LV000210ENS00012</c>.
/// </summary>
public sealed record MovementReferenceNumber
{
    private const int Length = 18;

    private static readonly SearchValues<char> UpperLettersAndDigits = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

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
        value = IsValid(s) ? new MovementReferenceNumber(s) : null;
        return value is not null;
    }

    /// <summary>True for what <see cref="TryParse"/> accepts, without making the number.</summary>
    public static bool IsValid([NotNullWhen(true)] string? s) =>
        s is not null
            && s.Length == Length
            && char.IsAsciiDigit(s[0])
            && char.IsAsciiDigit(s[1])
            && CountryCode.IsAssigned(s.AsSpan(2, 2))
            && !s.AsSpan(4).ContainsAnyExcept(UpperLettersAndDigits);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
