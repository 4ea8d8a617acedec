namespace Ics2Port.Domain.Codes;

using System.Globalization;
using System.Text.RegularExpressions;

/// <summary>Points in time as the documents carry them: ISO 8601 with an offset, e.g. <c>2026-11-23T06:00:00+02:00</c>.</summary>
public static partial class IsoDateTime
{
    /// <summary>The shape <see cref="TryParse"/> accepts, as a regular expression (also valid in ECMA-262).</summary>
    public const string Pattern = @"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?(Z|[+-][0-9]{2}:[0-9]{2})$";

    /// <summary>
    /// Parses <c>yyyy-MM-ddTHH:mm[:ss[.fffffff]]</c> followed by <c>Z</c> or <c>±HH:mm</c>; a time without
    /// an offset is refused because it does not say when it happened.
    /// </summary>
    public static bool TryParse(string? s, out DateTimeOffset value)
    {
        value = default;
        return s is not null
            && Shape().IsMatch(s)
            && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
