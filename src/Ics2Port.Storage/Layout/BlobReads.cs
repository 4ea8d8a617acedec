using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Ics2Port.Storage.Layout;

/// <summary>Reads of a blob that may be missing: a blob (or container) that does not exist is null, not a failure.</summary>
public static class BlobReads
{
    /// <summary>Downloads the blob with its properties and metadata.</summary>
    /// <param name="blob">The blob.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The blob, or <see langword="null"/> when it or its container does not exist (404).</returns>
    public static async Task<BlobDownloadResult?> DownloadIfExistsAsync(this BlobClient blob, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        try
        {
            return (await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException e) when (StorageErrors.IsNotFound(e))
        {
            return null;
        }
    }

    /// <summary>Reads the blob's properties and metadata without its content.</summary>
    /// <param name="blob">The blob.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The properties, or <see langword="null"/> when the blob or its container does not exist (404).</returns>
    public static async Task<BlobProperties?> GetPropertiesIfExistsAsync(this BlobClient blob, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        try
        {
            return (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException e) when (StorageErrors.IsNotFound(e))
        {
            return null;
        }
    }
}
