namespace Ics2Port.Domain.Codes;

using System.Globalization;

/// <summary>Calendar dates as the documents carry them: ISO 8601 <c>yyyy-MM-dd</c>.</summary>
public static class IsoDate
{
    /// <summary>Parses exactly <c>yyyy-MM-dd</c> (a real calendar date).</summary>
    public static bool TryParse(string? s, out DateOnly date) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The date in the document format.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
