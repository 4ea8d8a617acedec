using Ics2Port.LocalHost.Triggers;

namespace Ics2Port.Functions.Tests.LocalHost;

public sealed class TimerScheduleTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("0 */1 * * * *", "2026-03-02T12:01:00.0000000+00:00")]
    [InlineData("*/1 * * * * *", "2026-03-02T12:00:01.0000000+00:00")]
    [InlineData("30 9 * * 1-5", "2026-03-03T09:30:00.0000000+00:00")]
    public void NextAfter_Expression_GivesTheNextUtcOccurrence(string expression, string expected)
    {
        var schedule = TimerSchedule.Parse(expression);

        var next = schedule.NextAfter(Noon);

        Assert.Equal(expected, next.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("0 */1 * * * *", true)]
    [InlineData("*/1 * * * * *", false)]
    public void RecursAtMostEveryMinute_Schedule_DecidesTheUseMonitorDefault(string expression, bool expected)
    {
        var schedule = TimerSchedule.Parse(expression);

        var monitored = schedule.RecursAtMostEveryMinute(Noon);

        Assert.Equal(expected, monitored);
    }

    [Theory]
    [InlineData("* * * *")]
    [InlineData("0 0 */1 * * * *")]
    [InlineData("61 * * * * *")]
    [InlineData("%FallbackSchedule%")]
    public void Parse_NotNcrontab_ThrowsFormatException(string expression)
    {
        var parse = () => TimerSchedule.Parse(expression);

        Assert.Throws<FormatException>(parse);
    }
}
