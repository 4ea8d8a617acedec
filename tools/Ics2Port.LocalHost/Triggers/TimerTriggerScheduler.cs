using Azure;
using Ics2Port.Functions.Triggers.Catalog;

namespace Ics2Port.Functions.Triggers.Standalone;

/// <summary>
/// Plays the host's timer trigger for one function: fires at each occurrence of its NCRONTAB schedule (UTC),
/// once at start with <c>runOnStartup</c>, and once at start when a monitored schedule's last recorded
/// <c>Next</c> has passed (<c>IsPastDue</c>). Each occurrence is claimed in the status row, so two drivers run
/// it once. A failed run is logged and not retried, as in the host.
/// </summary>
internal sealed partial class TimerTriggerScheduler(
    FunctionDescriptor function,
    TimerTriggerBinding trigger,
    TimerStatusStore status,
    LoopbackInvoker invoker,
    TimeProvider time,
    ILogger logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var monitored = trigger.UseMonitor ?? trigger.Schedule.RecursAtMostEveryMinute(time.GetUtcNow());
        await FireAtStartupAsync(monitored, cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            var occurrence = trigger.Schedule.NextAfter(time.GetUtcNow());
            var wait = occurrence - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            try
            {
                var (claimed, previous) = await status.TryClaimAsync(function.Name, occurrence, trigger.Schedule.NextAfter(occurrence), cancellationToken);
                if (claimed)
                {
                    await FireAsync(isPastDue: false, monitored ? (previous, occurrence) : null, cancellationToken);
                }
            }
            catch (Exception e) when (e is RequestFailedException or HttpRequestException)
            {
                LogClaimFailed(logger, e, function.Name, occurrence);
            }
        }
    }

    private async Task FireAtStartupAsync(bool monitored, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (trigger.RunOnStartup)
        {
            // The host runs it on every start of every instance, unclaimed.
            var last = monitored ? (await status.ReadAsync(function.Name, cancellationToken)).Last : null;
            await FireAsync(isPastDue: false, monitored ? (last, now) : null, cancellationToken);
            return;
        }

        if (monitored && (await status.ReadAsync(function.Name, cancellationToken)).Next is { } missed && missed < now)
        {
            var (claimed, previous) = await status.TryClaimAsync(function.Name, missed, trigger.Schedule.NextAfter(now), cancellationToken);
            if (claimed)
            {
                await FireAsync(isPastDue: true, (previous, missed), cancellationToken);
            }
        }
    }

    private async Task FireAsync(bool isPastDue, (DateTimeOffset? Last, DateTimeOffset Next)? scheduleStatus, CancellationToken cancellationToken)
    {
        var envelope = HostEnvelopeBuilder.Timer(function.Name, trigger, isPastDue, scheduleStatus, time.GetUtcNow());
        var result = await invoker.InvokeAsync(function.Name, envelope, cancellationToken);
        LogInvocation(logger, result.Succeeded ? LogLevel.Information : LogLevel.Warning, function.Name, isPastDue, result.Succeeded ? "succeeded" : "failed", result.Duration.TotalMilliseconds, result.InvocationId, result.Detail);
    }

    [LoggerMessage(Message = "{Function} timer (past due: {IsPastDue}): {Outcome} in {ElapsedMs:0} ms ({InvocationId}) {Detail}")]
    private static partial void LogInvocation(ILogger logger, LogLevel level, string function, bool isPastDue, string outcome, double elapsedMs, string invocationId, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function}: could not claim the occurrence at {Occurrence}; skipped")]
    private static partial void LogClaimFailed(ILogger logger, Exception exception, string function, DateTimeOffset occurrence);
}
