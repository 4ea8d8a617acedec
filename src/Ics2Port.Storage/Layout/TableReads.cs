using Azure.Data.Tables;

namespace Ics2Port.Storage.Layout;

/// <summary>Point reads of an entity that may be missing.</summary>
public static class TableReads
{
    /// <summary>Reads one entity by its keys, with its ETag and timestamp.</summary>
    /// <param name="table">The table.</param>
    /// <param name="partitionKey">The partition key.</param>
    /// <param name="rowKey">The row key.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The entity, or <see langword="null"/> when it or its table does not exist.</returns>
    public static async Task<TableEntity?> FindAsync(this TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }
}
