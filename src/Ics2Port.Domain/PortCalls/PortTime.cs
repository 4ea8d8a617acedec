namespace Ics2Port.Domain.PortCalls;

using System.Globalization;

/// <summary>
/// The ports' local time (Europe/Riga): the law's dates (an identity document valid on the arrival day) are dates in the
/// port, whatever offset the sender wrote a time in.
/// </summary>
public static class PortTime
{
    private static readonly TimeZoneInfo Riga = FindRiga();

    /// <summary>The calendar date in the port at <paramref name="time"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time, Riga).DateTime);

    /// <summary><paramref name="time"/> as the port's clock shows it, ISO 8601 with offset.</summary>
    public static string Format(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Riga).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    // Without the time zone database (a trimmed container), EET with the EU's summer time rule is the same clock.
    private static TimeZoneInfo FindRiga()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Riga");
        }
        catch (TimeZoneNotFoundException)
        {
            var start = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 3, 5, DayOfWeek.Sunday);
            var end = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 4, 0, 0), 10, 5, DayOfWeek.Sunday);
            var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1), start, end);
            return TimeZoneInfo.CreateCustomTimeZone("Europe/Riga", TimeSpan.FromHours(2), "Riga", "EET", "EEST", [rule]);
        }
    }
}
