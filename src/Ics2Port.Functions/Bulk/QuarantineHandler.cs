namespace Ics2Port.Functions.Bulk;

/// <summary>
/// Where a blob whose every attempt failed goes (<c>BlobTriggerPoisoned</c>, in Azure and under the local host alike):
/// into quarantine with its error record. Inbound files keep their name (<c>quarantine/{agentId}/…</c>); other functions'
/// blobs go under their container's name. A blob already moved, or rewritten since, is left as it is.
/// </summary>
public sealed class QuarantineHandler(FileQuarantine quarantine, TimeProvider time)
{
    public async Task HandleAsync(PoisonBlob blob, CancellationToken cancellationToken)
    {
        var hostile = InboundFileNames.Check(blob.BlobName);
        var quarantinedName = hostile is not null ? InboundFileNames.QuarantineName(blob.BlobName)
            : blob.FunctionName == InboundFileUploadedFunction.Name ? blob.BlobName
            : $"{blob.Container}/{blob.BlobName}";
        var record = new QuarantineRecord(
            $"{blob.Container}/{blob.BlobName}",
            blob.ETag.ToString(),
            blob.FunctionName,
            hostile is null ? Reason(blob) : $"{Reason(blob)} {hostile.Reason}",
            time.GetUtcNow(),
            blob.LastInvocationId,
            blob.Attempts);
        if (hostile is { Addressable: false })
        {
            await quarantine.RecordOnlyAsync(quarantinedName, record, cancellationToken);
            return;
        }

        await quarantine.MoveAsync(blob.Container, blob.BlobName, blob.ETag, quarantinedName, record, cancellationToken);
    }

    private static string Reason(PoisonBlob blob) => blob.PoisonMessageId is { } messageId
        ? $"Failed all {blob.Attempts} attempts; its poison message {messageId} names the blob, not the error: " +
          $"see the failed invocations of {blob.FunctionName} in Application Insights."
        : $"Failed {blob.Attempts} times; last: {blob.LastError ?? "no detail"}";
}
