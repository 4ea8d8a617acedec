namespace Ics2Port.Functions.Bulk;

using Azure;
using Azure.Storage.Blobs.Models;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Storage;
using Ics2Port.Storage.Layout;

/// <summary>
/// Moves one blob version into the quarantine container with its error record: copy first, record second,
/// delete last (only that version), so a crash in between leaves a duplicate, never a loss.
/// </summary>
public sealed class FileQuarantine(BulkContainers containers, ILogger<FileQuarantine> logger)
{
    private const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>False when there was nothing to move: the blob is gone, or it is a newer version than <paramref name="version"/>.</summary>
    public async Task<bool> MoveAsync(
        string container,
        string blobName,
        ETag version,
        string quarantinedName,
        QuarantineRecord record,
        CancellationToken cancellationToken)
    {
        var source = containers.Blob(container, blobName);
        var blob = await source.DownloadIfExistsAsync(cancellationToken);
        if (blob is null || BlobETags.Unquoted(blob.Details.ETag) != BlobETags.Unquoted(version))
        {
            // Gone (moved already) or rewritten: a new version is a new file, triggered on its own.
            BulkLog.NothingToQuarantine(logger, container, blobName, blob is null ? "gone" : "rewritten");
            return false;
        }

        var metadata = new Dictionary<string, string> { [ResultFiles.SourceEtagKey] = version.ToString() };
        await containers.Blob(containers.Quarantine, quarantinedName).UploadAsync(blob.Content, Overwrite(blob.Details.ContentType, metadata), cancellationToken);
        await containers.Blob(containers.Quarantine, BulkContainers.ErrorName(quarantinedName)).UploadAsync(
            BinaryData.FromBytes(ApiJson.Serialize(record)),
            Overwrite(JsonContentType, metadata),
            cancellationToken);
        try
        {
            await source.DeleteAsync(DeleteSnapshotsOption.None, new BlobRequestConditions { IfMatch = blob.Details.ETag }, cancellationToken);
        }
        catch (RequestFailedException e) when (StorageErrors.IsPreconditionFailed(e))
        {
            // Rewritten while being moved: the new version stays where it is and gets its own trigger.
            BulkLog.NothingToQuarantine(logger, container, blobName, "rewritten while being moved");
        }

        BulkLog.Quarantined(logger, container, blobName, containers.Quarantine, quarantinedName, record.Reason);
        return true;
    }

    private static BlobUploadOptions Overwrite(string contentType, Dictionary<string, string> metadata) =>
        new() { HttpHeaders = new BlobHttpHeaders { ContentType = contentType }, Metadata = metadata };
}
