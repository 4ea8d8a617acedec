using Azure;

namespace Ics2Port.Storage.Layout;

/// <summary>
/// The create-only writes the stores are built on: an entity or blob that already exists is an answer
/// (someone, perhaps an earlier attempt of ours, created it first), not a failure.
/// </summary>
public static class CreateOnlyWrites
{
    /// <summary>Inserts <paramref name="entity"/>; false when an entity with its keys exists already.</summary>
    public static async Task<bool> TryInsertAsync(this TableServiceClient tables, string table, TableEntity entity, CancellationToken cancellationToken = default)
    {
        try
        {
            await tables.InsertAsync(table, entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (StorageErrors.IsConflict(e))
        {
            return false;
        }
    }

    /// <summary>Creates the blob (<c>If-None-Match: *</c>); false when it exists already and was left as it is.</summary>
    public static async Task<bool> TryCreateAsync(
        this BlobServiceClient blobs,
        string container,
        string blobName,
        BinaryData content,
        string contentType,
        IReadOnlyDictionary<string, string>? metadata = null,
        CancellationToken cancellationToken = default)
    {
        try
        {
            await blobs.PutAsync(container, blobName, content, contentType, BlobCondition.IfNotExists, metadata, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (StorageErrors.IsConflict(e))
        {
            return false;
        }
    }
}
