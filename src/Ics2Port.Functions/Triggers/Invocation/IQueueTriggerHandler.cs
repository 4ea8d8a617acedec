namespace Ics2Port.Functions.Triggers.Invocation;

/// <summary>
/// Handles the queue trigger function it is registered for (<c>AddQueueTriggerHandler&lt;T&gt;(functionName)</c>).
/// It must be idempotent: the host delivers a message at least once. A failure makes the host deliver it again
/// and, after its last attempt, move it to the queue's <c>-poison</c> queue.
/// </summary>
public interface IQueueTriggerHandler
{
    Task<TriggerResult> HandleAsync(QueueInvocation invocation, CancellationToken cancellationToken);
}
