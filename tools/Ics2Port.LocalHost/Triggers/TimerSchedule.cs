using NCrontab;

namespace Ics2Port.LocalHost.Triggers;

/// <summary>
/// A timer trigger's NCRONTAB <c>schedule</c>, as the host reads it: six fields with seconds
/// (<c>0 */1 * * * *</c>) or the classic five. Occurrences are computed in UTC, the host's default zone.
/// </summary>
public sealed class TimerSchedule
{
    private readonly CrontabSchedule _schedule;

    private TimerSchedule(string expression, CrontabSchedule schedule)
    {
        Expression = expression;
        _schedule = schedule;
    }

    public string Expression { get; }

    public static TimerSchedule Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
        if (fields is not (5 or 6))
        {
            throw new FormatException($"Timer schedule '{expression}' must be an NCRONTAB expression of 6 fields (with seconds) or 5.");
        }

        var options = new CrontabSchedule.ParseOptions { IncludingSeconds = fields == 6 };
        var schedule = CrontabSchedule.TryParse(expression, options)
            ?? throw new FormatException($"Timer schedule '{expression}' is not a valid NCRONTAB expression.");
        return new TimerSchedule(expression, schedule);
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset after) =>
        new(DateTime.SpecifyKind(_schedule.GetNextOccurrence(after.UtcDateTime), DateTimeKind.Utc));

    /// <summary>
    /// The host's default for <c>useMonitor</c>: monitor schedules that recur at most once a minute.
    /// </summary>
    public bool RecursAtMostEveryMinute(DateTimeOffset from)
    {
        var first = NextAfter(from);
        return NextAfter(first) - first >= TimeSpan.FromMinutes(1);
    }

    public override string ToString() => Expression;
}
