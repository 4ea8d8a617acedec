using System.Globalization;

namespace Ics2Port.Functions.Triggers.Envelopes;

/// <summary>
/// Parses the timestamps the host writes, which vary by where the value came from (azure-functions-host#7391):
/// ISO 8601 with an offset or <c>Z</c>, ISO 8601 without any zone (a <c>DateTime</c> of unspecified kind),
/// 1–7 fractional digits, and the invariant <c>DateTime.ToString()</c> form. A value without a zone is UTC,
/// which is what the host runs in unless <c>WEBSITE_TIME_ZONE</c> says otherwise.
/// </summary>
public static class EnvelopeTimestamp
{
    private const DateTimeStyles Styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;

    public static bool TryParse(string? text, out DateTimeOffset timestamp)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            timestamp = default;
            return false;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, Styles, out timestamp);
    }
}
