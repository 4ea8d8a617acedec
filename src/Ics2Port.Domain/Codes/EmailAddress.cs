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
        value = null;
        if (s is null || s.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var at = s.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != s.LastIndexOf('@'))
        {
            return false;
        }

        var domain = s[(at + 1)..];
        var dot = domain.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || domain.EndsWith('.') || domain.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        value = new EmailAddress(s);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
