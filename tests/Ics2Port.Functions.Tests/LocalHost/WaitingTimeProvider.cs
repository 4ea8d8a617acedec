using Microsoft.Extensions.Time.Testing;

namespace Ics2Port.Functions.Tests.LocalHost;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that counts the timers waiting on it and not yet due, so that a test moves the clock
/// on only once a scheduler waits again, and knows that nothing fired in between.
/// </summary>
internal sealed class WaitingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private int _waiting;

    public int Waiting => Volatile.Read(ref _waiting);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Interlocked.Increment(ref _waiting);
        var fired = 0;
        return base.CreateTimer(
            value =>
            {
                if (Interlocked.Exchange(ref fired, 1) == 0)
                {
                    Interlocked.Decrement(ref _waiting);
                }

                callback(value);
            },
            state,
            dueTime,
            period);
    }
}
