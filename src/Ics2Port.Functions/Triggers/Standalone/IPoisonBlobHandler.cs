namespace Ics2Port.Functions.Triggers.Standalone;

/// <summary>
/// Called once for a blob version whose every attempt failed (registered with <c>AddPoisonBlobHandler&lt;T&gt;()</c>),
/// where the host would put a message on <c>webjobs-blobtrigger-poison</c>. Throwing leaves the blob to be
/// poisoned again on the next poll.
/// </summary>
public interface IPoisonBlobHandler
{
    Task HandleAsync(PoisonBlob blob, CancellationToken cancellationToken);
}
