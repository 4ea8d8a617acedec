using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using Ics2Port.Storage.Layout;

namespace Ics2Port.Storage.PortCalls;

/// <summary>
/// Port calls in two tables: by agent (listing) and by id (the owner, so the authority can find any
/// port call). The owner row is written first; a port call exists once its agent row does.
/// </summary>
public sealed class PortCallStore(StorageLayout layout)
{
    private const string OwnerRowKey = "owner";

    private readonly TableClient _portCalls = layout.Tables.GetTableClient(layout.PortCallsTable);
    private readonly TableClient _owners = layout.Tables.GetTableClient(layout.PortCallOwnersTable);

    /// <summary>
    /// Stores <paramref name="record"/>; writing the same record again (a retried creation) is a no-op.
    /// Throws <see cref="InvalidOperationException"/> if the id already belongs to another agent.
    /// </summary>
    public async Task CreateAsync(PortCallRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var owner = new TableEntity(record.PortCallId, OwnerRowKey) { ["AgentId"] = record.AgentId };
        if (!await _owners.TryInsertAsync(owner, cancellationToken).ConfigureAwait(false))
        {
            var existing = await _owners.FindAsync(record.PortCallId, OwnerRowKey, cancellationToken).ConfigureAwait(false);
            if (existing?.GetString("AgentId") != record.AgentId)
            {
                throw new InvalidOperationException($"Port call id {record.PortCallId} is already taken.");
            }
        }

        await _portCalls.TryInsertAsync(ToEntity(record), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The port call with <paramref name="portCallId"/>, if it exists and, when <paramref name="agentId"/>
    /// is given, belongs to that agent; null otherwise.
    /// </summary>
    public async Task<PortCallRecord?> FindAsync(string portCallId, string? agentId, CancellationToken cancellationToken = default)
    {
        if (!StorageKeys.IsValid(portCallId))
        {
            return null;
        }

        if (agentId is null)
        {
            var owner = await _owners.FindAsync(portCallId, OwnerRowKey, cancellationToken).ConfigureAwait(false);
            agentId = owner?.GetString("AgentId");
            if (agentId is null)
            {
                return null;
            }
        }

        var entity = await _portCalls.FindAsync(agentId, portCallId, cancellationToken).ConfigureAwait(false);
        return entity is null ? null : FromEntity(entity);
    }

    /// <summary>Port calls of <paramref name="agentId"/> (all agents when null), optionally only of one vessel and/or port.</summary>
    public async IAsyncEnumerable<PortCallRecord> ListAsync(
        string? agentId,
        string? imoNumber,
        string? port,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = TableFilters.All(
            agentId is null ? null : (FormattableString)$"PartitionKey eq {agentId}",
            imoNumber is null ? null : (FormattableString)$"ImoNumber eq {imoNumber}",
            port is null ? null : (FormattableString)$"Port eq {port}");
        await foreach (var entity in _portCalls.QueryAsync<TableEntity>(filter, layout.QueryPageSize, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return FromEntity(entity);
        }
    }

    private static TableEntity ToEntity(PortCallRecord record) => new(record.AgentId, record.PortCallId)
    {
        ["ImoNumber"] = record.ImoNumber,
        ["Port"] = record.Port,
        ["Request"] = record.RequestJson,
        ["CreatedAt"] = record.CreatedAt,
    };

    private static PortCallRecord FromEntity(TableEntity entity) => new()
    {
        PortCallId = entity.RowKey,
        AgentId = entity.PartitionKey,
        ImoNumber = entity.GetString("ImoNumber") ?? string.Empty,
        Port = entity.GetString("Port") ?? string.Empty,
        RequestJson = entity.GetString("Request") ?? "{}",
        CreatedAt = entity.GetDateTimeOffset("CreatedAt") ?? entity.Timestamp ?? DateTimeOffset.MinValue,
    };
}
