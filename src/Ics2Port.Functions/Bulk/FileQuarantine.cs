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

    /// <summary>
    /// False when there was nothing to move: the blob is gone, or it is a newer version than <paramref name="version"/>.
    /// The content is streamed across, so a file of any size costs no more memory than the upload's buffers.
    /// </summary>
    public async Task<bool> MoveAsync(
        string container,
        string blobName,
        ETag version,
        string quarantinedName,
        QuarantineRecord record,
        CancellationToken cancellationToken)
    {
        var source = containers.Blob(container, blobName);
        BlobDownloadStreamingResult download;
        try
        {
            download = (await source.DownloadStreamingAsync(cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (StorageErrors.IsNotFound(e))
        {
            BulkLog.NothingToQuarantine(logger, container, blobName, "gone");
            return false;
        }

        using (download)
        {
            if (BlobETags.Unquoted(download.Details.ETag) != BlobETags.Unquoted(version))
            {
                // Rewritten: a new version is a new file, triggered on its own.
                BulkLog.NothingToQuarantine(logger, container, blobName, "rewritten");
                return false;
            }

            var metadata = new Dictionary<string, string> { [ResultFiles.SourceEtagKey] = version.ToString() };
            await containers.Blob(containers.Quarantine, quarantinedName).UploadAsync(download.Content, Overwrite(download.Details.ContentType, metadata), cancellationToken);
            await WriteRecordAsync(quarantinedName, record, metadata, cancellationToken);
            try
            {
                await source.DeleteAsync(DeleteSnapshotsOption.None, new BlobRequestConditions { IfMatch = download.Details.ETag }, cancellationToken);
            }
            catch (RequestFailedException e) when (StorageErrors.IsPreconditionFailed(e))
            {
                // Rewritten while being moved: the new version stays where it is and gets its own trigger.
                BulkLog.NothingToQuarantine(logger, container, blobName, "rewritten while being moved");
            }
        }

        BulkLog.Quarantined(logger, container, blobName, containers.Quarantine, quarantinedName, record.Reason);
        return true;
    }

    /// <summary>
    /// Only the error record, for a file that must not be touched by its name (it would address another blob); the
    /// file stays where it is for an operator to remove.
    /// </summary>
    public async Task RecordOnlyAsync(string quarantinedName, QuarantineRecord record, CancellationToken cancellationToken)
    {
        await WriteRecordAsync(quarantinedName, record, [], cancellationToken);
        BulkLog.RecordedOnly(logger, containers.Quarantine, BulkContainers.ErrorName(quarantinedName), record.Reason);
    }

    private async Task WriteRecordAsync(string quarantinedName, QuarantineRecord record, Dictionary<string, string> metadata, CancellationToken cancellationToken) =>
        await containers.Blob(containers.Quarantine, BulkContainers.ErrorName(quarantinedName)).UploadAsync(
            BinaryData.FromBytes(ApiJson.Serialize(record)),
            Overwrite(JsonContentType, metadata),
            cancellationToken);

    private static BlobUploadOptions Overwrite(string contentType, Dictionary<string, string> metadata) =>
        new() { HttpHeaders = new BlobHttpHeaders { ContentType = contentType }, Metadata = metadata };
}
