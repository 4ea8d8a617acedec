namespace Ics2Port.Functions.Triggers.Invocation;

/// <summary>
/// Handles the blob trigger function it is registered for (<c>AddBlobTriggerHandler&lt;T&gt;(functionName)</c>).
/// It must be idempotent: the host may deliver the same blob version more than once. Throw or return a
/// failure to have the invocation retried; never swallow an error.
/// </summary>
public interface IBlobTriggerHandler
{
    Task<TriggerResult> HandleAsync(BlobInvocation invocation, CancellationToken cancellationToken);
}
