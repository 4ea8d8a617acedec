namespace Ics2Port.LocalHost.Triggers;

/// <summary>
/// How a trigger loop waits: the poll interval after a poll that worked; after a failed one, doubling from the
/// interval up to a minute. The loop itself never ends on a fault, as the host's listeners do not.
/// </summary>
internal sealed class PollBackoff(TimeSpan interval)
{
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(1);
    private int _failures;

    /// <summary>Runs <paramref name="poll"/> until cancelled; a fault goes to <paramref name="failed"/> and lengthens the next wait.</summary>
    public static async Task RepeatAsync(
        TimeSpan interval,
        TimeProvider time,
        Func<CancellationToken, Task> poll,
        Action<Exception> failed,
        CancellationToken cancellationToken)
    {
        var backoff = new PollBackoff(interval);
        while (!cancellationToken.IsCancellationRequested)
        {
            var faulted = false;
            try
            {
                await poll(cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                faulted = true;
                failed(e);
            }

            await Task.Delay(backoff.Next(faulted), time, cancellationToken);
        }
    }

    public TimeSpan Next(bool failed)
    {
        _failures = failed ? Math.Min(_failures + 1, 16) : 0;
        if (_failures == 0)
        {
            return interval;
        }

        var wait = interval * Math.Pow(2, _failures);
        return wait < Longest ? wait : Longest;
    }
}
