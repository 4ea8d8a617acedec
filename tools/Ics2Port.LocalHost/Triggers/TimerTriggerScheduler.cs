namespace Ics2Port.LocalHost.Triggers;

using Ics2Port.LocalHost.Functions;
using Microsoft.Azure.Functions.Worker;

/// <summary>
/// Plays the host's timer trigger for one function: fires at each occurrence of its NCRONTAB schedule (UTC), once at
/// start with <c>RunOnStartup</c>, and once at start when a monitored schedule's last recorded <c>Next</c> has passed
/// (<c>IsPastDue</c>). Each occurrence is claimed in the status row, so two hosts run it once. A failed run is logged
/// and not retried, as in the host.
/// </summary>
internal sealed partial class TimerTriggerScheduler(
    LocalFunction function,
    TimerSchedule schedule,
    bool runOnStartup,
    TimerStatusStore status,
    FunctionRunner runner,
    TimeProvider time,
    ILogger logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // The host's default for useMonitor: schedules that recur at most once a minute are monitored.
        var monitored = schedule.RecursAtMostEveryMinute(time.GetUtcNow());
        try
        {
            await FireAtStartupAsync(monitored, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Storage not there yet: the missed or start-up run is skipped, the schedule goes on.
            LogClaimFailed(logger, e, function.Name, time.GetUtcNow());
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            var occurrence = schedule.NextAfter(time.GetUtcNow());
            var wait = occurrence - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            try
            {
                var (claimed, previous) = await status.TryClaimAsync(function.Name, occurrence, schedule.NextAfter(occurrence), cancellationToken);
                if (claimed)
                {
                    await FireAsync(isPastDue: false, monitored ? (previous, occurrence) : null, cancellationToken);
                }
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                LogClaimFailed(logger, e, function.Name, occurrence);
            }
        }
    }

    private async Task FireAtStartupAsync(bool monitored, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (runOnStartup)
        {
            // The host runs it on every start of every instance, unclaimed.
            var last = monitored ? (await status.ReadAsync(function.Name, cancellationToken)).Last : null;
            await FireAsync(isPastDue: false, monitored ? (last, now) : null, cancellationToken);
            return;
        }

        if (monitored && (await status.ReadAsync(function.Name, cancellationToken)).Next is { } missed && missed < now)
        {
            var (claimed, previous) = await status.TryClaimAsync(function.Name, missed, schedule.NextAfter(now), cancellationToken);
            if (claimed)
            {
                await FireAsync(isPastDue: true, (previous, missed), cancellationToken);
            }
        }
    }

    private async Task FireAsync(bool isPastDue, (DateTimeOffset? Last, DateTimeOffset Next)? scheduleStatus, CancellationToken cancellationToken)
    {
        var timer = new TimerInfo
        {
            IsPastDue = isPastDue,
            ScheduleStatus = scheduleStatus is var (last, next)
                ? new ScheduleStatus { Last = (last ?? default).UtcDateTime, Next = next.UtcDateTime, LastUpdated = time.GetUtcNow().UtcDateTime }
                : null,
        };
        var run = await runner.RunAsync(function, timer, new Dictionary<string, string>(), cancellationToken);
        LogFired(logger, function.Name, isPastDue, run.Succeeded ? "succeeded" : $"failed: {run.Error}", run.InvocationId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Function} timer (past due: {IsPastDue}) {Outcome} ({InvocationId})")]
    private static partial void LogFired(ILogger logger, string function, bool isPastDue, string outcome, string invocationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function}: could not claim the occurrence at {Occurrence}; skipped")]
    private static partial void LogClaimFailed(ILogger logger, Exception exception, string function, DateTimeOffset occurrence);
}
