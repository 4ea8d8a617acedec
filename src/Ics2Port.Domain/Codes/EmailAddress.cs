namespace Ics2Port.Domain.Codes;

using System.Diagnostics.CodeAnalysis;

/// <summary>An e-mail address, checked for a sane shape only (one @, a dotted domain, no spaces).</summary>
public sealed record EmailAddress
{
    private EmailAddress(string value) => Value = value;

    /// <summary>The address as given.</summary>
    public string Value { get; }

    /// <summary>Accepts <c>local@domain.tld</c>: exactly one @, no whitespace, a domain with an inner dot.</summary>
    public static bool TryParse(string? s, [NotNullWhen(true)] out EmailAddress? value)
    {
        value = IsValid(s) ? new EmailAddress(s) : null;
        return value is not null;
    }

    /// <summary>True for what <see cref="TryParse"/> accepts, without making the address.</summary>
    public static bool IsValid([NotNullWhen(true)] string? s)
    {
        if (s is null || HasWhiteSpace(s))
        {
            return false;
        }

        var at = s.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != s.LastIndexOf('@'))
        {
            return false;
        }

        var domain = s.AsSpan(at + 1);
        return domain.IndexOf('.') > 0 && !domain.EndsWith('.') && !domain.Contains("..", StringComparison.Ordinal);
    }

    /// <inheritdoc/>
    public override string ToString() => Value;

    private static bool HasWhiteSpace(string s)
    {
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }
}
