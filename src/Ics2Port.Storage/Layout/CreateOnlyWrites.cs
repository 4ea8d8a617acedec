using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Ics2Port.Storage.Layout;

/// <summary>
/// The create-only writes the stores are built on: an entity or blob that already exists is an answer
/// (someone, perhaps an earlier attempt of ours, created it first), not a failure.
/// </summary>
public static class CreateOnlyWrites
{
    /// <summary>Inserts <paramref name="entity"/>; false when an entity with its keys exists already (409).</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="entity">The entity to insert.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Whether this call created the entity.</returns>
    public static async Task<bool> TryInsertAsync<T>(this TableClient table, T entity, CancellationToken cancellationToken = default)
        where T : ITableEntity
    {
        ArgumentNullException.ThrowIfNull(table);
        try
        {
            await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (StorageErrors.IsConflict(e))
        {
            return false;
        }
    }

    /// <summary>Creates the blob (<c>If-None-Match: *</c>); false when it exists already (409) and was left as it is.</summary>
    /// <param name="blob">The blob.</param>
    /// <param name="content">The bytes to store.</param>
    /// <param name="contentType">The content type to store with them.</param>
    /// <param name="metadata">Metadata to store; names must be valid C# identifiers, values ASCII.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Whether this call created the blob.</returns>
    public static async Task<bool> TryCreateAsync(
        this BlobClient blob,
        BinaryData content,
        string contentType,
        IDictionary<string, string>? metadata = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Metadata = metadata,
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        };
        try
        {
            await blob.UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (StorageErrors.IsConflict(e))
        {
            return false;
        }
    }
}
