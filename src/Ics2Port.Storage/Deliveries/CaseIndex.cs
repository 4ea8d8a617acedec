using Azure.Data.Tables;
using Ics2Port.Storage.Layout;

namespace Ics2Port.Storage.Deliveries;

/// <summary>
/// The fallback cases of each owner (agent or supplier): one row per case in the delivery index table, PartitionKey
/// <c>case|{ownerId}</c>, RowKey <c>{portCallId}|{version row key}</c>, written before the version row first says it is a
/// case. Listing an owner's cases reads that partition and the cases' own rows, never the versions that never were cases.
/// </summary>
internal sealed class CaseIndex(StorageLayout layout)
{
    private const string Prefix = "case|";

    // '}' follows '|': every partition with the prefix sorts below it.
    private const string End = "case}";

    private readonly TableClient _index = layout.Tables.GetTableClient(layout.DeliveryIndexTable);

    /// <summary>Lists the case under its owner; listing it again changes nothing.</summary>
    public async Task AddAsync(string ownerId, string portCallId, string versionRowKey, CancellationToken cancellationToken)
    {
        if (!StorageKeys.IsValid(Prefix + ownerId))
        {
            throw new ArgumentException($"Owner '{ownerId}' cannot name a table partition.", nameof(ownerId));
        }

        await _index.UpsertEntityAsync(new TableEntity(Prefix + ownerId, $"{portCallId}|{versionRowKey}"), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The port call and version row key of every case of <paramref name="ownerId"/>, or of every owner when null.</summary>
    public async Task<IReadOnlyList<(string PortCallId, string VersionRowKey)>> ListAsync(string? ownerId, CancellationToken cancellationToken)
    {
        var filter = ownerId is null
            ? TableClient.CreateQueryFilter($"PartitionKey gt {Prefix} and PartitionKey lt {End}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {Prefix + ownerId}");
        var listed = new List<(string, string)>();
        await foreach (var entity in _index.QueryAsync<TableEntity>(filter, layout.QueryPageSize, ["PartitionKey", "RowKey"], cancellationToken).ConfigureAwait(false))
        {
            var bar = entity.RowKey.IndexOf('|', StringComparison.Ordinal);
            listed.Add((entity.RowKey[..bar], entity.RowKey[(bar + 1)..]));
        }

        return listed;
    }
}
