using Azure;
using Azure.Data.Tables;
using Ics2Port.Storage.Layout;

namespace Ics2Port.Storage.Heads;

/// <summary>
/// The port calls the fallback timer visits: one row per port call (PartitionKey <c>open</c>, RowKey the port call id)
/// written before any version of it can be open, so a timer run reads one partition and each listed port call's head and
/// open rows instead of scanning every version. A port call leaves the index only when nothing of it is open and its head
/// has not changed for the retention period; the head's <c>Indexed</c> flag, changed with <c>If-Match</c>, keeps that from
/// racing a submission.
/// </summary>
public sealed class DeliveryIndex(StorageLayout layout)
{
    private const string Partition = "open";

    private readonly TableClient _index = layout.Tables.GetTableClient(layout.DeliveryIndexTable);

    /// <summary>Puts the port call in the index (again); answers the row's new ETag.</summary>
    public async Task<ETag> MarkAsync(string portCallId, CancellationToken cancellationToken = default)
    {
        var response = await _index.UpsertEntityAsync(new TableEntity(Partition, portCallId), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return response.Headers.ETag ?? throw new InvalidOperationException("The index answered without an ETag.");
    }

    /// <summary>Every port call in the index with its row's ETag.</summary>
    public async Task<IReadOnlyList<(string PortCallId, ETag ETag)>> ListAsync(CancellationToken cancellationToken = default)
    {
        var listed = new List<(string, ETag)>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        await foreach (var entity in _index.QueryAsync<TableEntity>(filter, layout.QueryPageSize, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            listed.Add((entity.RowKey, entity.ETag));
        }

        return listed;
    }

    /// <summary>Takes the port call out unless its row changed since <paramref name="etag"/> (a submission marked it again).</summary>
    public async Task<bool> TryRemoveAsync(string portCallId, ETag etag, CancellationToken cancellationToken = default)
    {
        try
        {
            await _index.DeleteEntityAsync(Partition, portCallId, etag, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (StorageErrors.IsPreconditionFailed(e) || StorageErrors.IsNotFound(e))
        {
            return false;
        }
    }
}
