namespace Ics2Port.Functions.Triggers.Standalone;

/// <summary>
/// Called for a blob version whose every attempt failed (registered with <c>AddPoisonBlobHandler&lt;T&gt;()</c>): by the
/// standalone driver once, and in Azure by <c>BlobTriggerPoisoned</c> for each delivery of the host's message on
/// <c>webjobs-blobtrigger-poison</c>, so it must be idempotent. Throwing leaves the blob to be poisoned again
/// (next poll, or next delivery of the message).
/// </summary>
public interface IPoisonBlobHandler
{
    Task HandleAsync(PoisonBlob blob, CancellationToken cancellationToken);
}
