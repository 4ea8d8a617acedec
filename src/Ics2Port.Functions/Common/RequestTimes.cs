namespace Ics2Port.Functions.Common;

using Ics2Port.Domain.Codes;
using Ics2Port.Domain.Common;

/// <summary>A point in time in a small JSON request, checked as documents check theirs: ISO 8601 with offset (FORMAT-DATE).</summary>
public static class RequestTimes
{
    /// <summary>The time of <paramref name="field"/>; null, with its finding added, when it is missing or not such a time.</summary>
    public static DateTimeOffset? Read(string? text, string field, string meaning, List<Finding> findings)
    {
        if (text is null)
        {
            findings.Add(new Finding("/" + field, RuleIds.Required, $"{field} is required: {meaning}, ISO 8601 with offset."));
            return null;
        }

        if (!IsoDateTime.TryParse(text, out var time))
        {
            findings.Add(new Finding("/" + field, RuleIds.FormatDate, $"{field} '{text}' is not an ISO 8601 date and time with offset (e.g. 2026-11-23T06:00:00+02:00)."));
            return null;
        }

        return time;
    }
}
