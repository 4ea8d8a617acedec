namespace Ics2Port.Functions.Triggers.Invocation;

/// <summary>
/// Handles the timer function it is registered for (<c>AddTimerTriggerHandler&lt;T&gt;(functionName)</c>).
/// A failed run is not retried by the host; the next occurrence runs as scheduled.
/// </summary>
public interface ITimerTriggerHandler
{
    Task<TriggerResult> HandleAsync(TimerInvocation invocation, CancellationToken cancellationToken);
}
