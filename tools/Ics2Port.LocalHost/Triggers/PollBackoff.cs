namespace Ics2Port.LocalHost.Triggers;

/// <summary>
/// How long a trigger loop waits after a failed poll: doubling from the poll interval up to a minute, back to the
/// interval after a poll that worked. The loop itself never ends on a fault, as the host's listeners do not.
/// </summary>
internal sealed class PollBackoff(TimeSpan interval)
{
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(1);
    private int _failures;

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
