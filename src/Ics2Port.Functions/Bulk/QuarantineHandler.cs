namespace Ics2Port.Functions.Bulk;

using Ics2Port.Functions.Triggers.Standalone;

/// <summary>
/// Where the standalone driver sends a blob whose every attempt failed: into quarantine with its error record.
/// Inbound files keep their name (<c>quarantine/{agentId}/…</c>); other functions' blobs go under their container's name.
/// </summary>
public sealed class QuarantineHandler(FileQuarantine quarantine, TimeProvider time) : IPoisonBlobHandler
{
    public async Task HandleAsync(PoisonBlob blob, CancellationToken cancellationToken)
    {
        var quarantinedName = blob.FunctionName == InboundFileHandler.FunctionName ? blob.BlobName : $"{blob.Container}/{blob.BlobName}";
        await quarantine.MoveAsync(
            blob.Container,
            blob.BlobName,
            blob.ETag,
            quarantinedName,
            new QuarantineRecord(
                $"{blob.Container}/{blob.BlobName}",
                blob.ETag.ToString(),
                blob.FunctionName,
                $"Failed {blob.Attempts} times; last: {blob.LastError ?? "no detail"}",
                time.GetUtcNow(),
                blob.LastInvocationId,
                blob.Attempts),
            cancellationToken);
    }
}
