using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Layout;

namespace Ics2Port.Storage.Deliveries;

/// <summary>
/// The delivery state and attempts of document versions, kept on the version rows of <see cref="DocumentStore"/>.
/// Reads carry the row's ETag and <see cref="TryUpdateAsync"/> writes only if it is unchanged.
/// </summary>
public sealed class DeliveryStore(StorageLayout layout)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly TableClient _versions = layout.Tables.GetTableClient(layout.DocumentVersionsTable);

    /// <summary>One version with its delivery state, or null.</summary>
    public async Task<DeliveryRecord?> GetAsync(string portCallId, string direction, string type, int version, CancellationToken cancellationToken = default)
    {
        if (!StorageKeys.IsValid(portCallId) || version < 1)
        {
            return null;
        }

        var entity = await _versions.FindAsync(portCallId, DocumentStore.RowKeyOf(direction, type, version), cancellationToken).ConfigureAwait(false);
        return entity is null ? null : FromEntity(entity);
    }

    /// <summary>The same version read again, with its current state and ETag; null if it vanished.</summary>
    public Task<DeliveryRecord?> RefreshAsync(DeliveryRecord record, CancellationToken cancellationToken = default) =>
        GetAsync(record.Document.PortCallId, record.Document.Direction, record.Document.Type, record.Document.Version, cancellationToken);

    /// <summary>Every version, of every port call, whose state is one of <paramref name="states"/>, oldest first.</summary>
    public async Task<IReadOnlyList<DeliveryRecord>> ListInStatesAsync(IReadOnlyCollection<string> states, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(states);
        ArgumentOutOfRangeException.ThrowIfZero(states.Count);
        var filter = TableFilters.Any(states.Select(state => (FormattableString)$"State eq {state}"));
        var records = new List<DeliveryRecord>();
        await foreach (var entity in _versions.QueryAsync<TableEntity>(filter, layout.QueryPageSize, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            records.Add(FromEntity(entity));
        }

        return [.. records.OrderBy(record => record.Document.ReceivedAt).ThenBy(record => record.Document.DocumentId, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Fallback cases (versions the port system could not take at first), of one agent or of all when
    /// <paramref name="agentId"/> is null, optionally in one state; oldest case first.
    /// </summary>
    public async IAsyncEnumerable<DeliveryRecord> ListCasesAsync(
        string? agentId,
        string? state,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = TableFilters.All(
            $"IsCase eq {true}",
            agentId is null ? null : (FormattableString)$"AgentId eq {agentId}",
            state is null ? null : (FormattableString)$"State eq {state}");
        var records = new List<DeliveryRecord>();
        await foreach (var entity in _versions.QueryAsync<TableEntity>(filter, layout.QueryPageSize, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            records.Add(FromEntity(entity));
        }

        foreach (var record in records.OrderBy(record => record.CaseOpenedAt).ThenBy(record => record.Document.DocumentId, StringComparer.Ordinal))
        {
            yield return record;
        }
    }

    /// <summary>
    /// Writes <paramref name="updated"/>'s state, attempts and case fields if the row still has <paramref name="updated"/>'s
    /// ETag; answers the record with its new ETag, or null when someone else changed the row first (412).
    /// </summary>
    public async Task<DeliveryRecord?> TryUpdateAsync(DeliveryRecord updated, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updated);
        var document = updated.Document;
        var entity = new TableEntity(document.PortCallId, DocumentStore.RowKeyOf(document.Direction, document.Type, document.Version))
        {
            ["State"] = document.State,
            ["Attempts"] = JsonSerializer.Serialize(updated.Attempts, Json),
            ["IsCase"] = updated.CaseOpenedAt is not null,
            ["CaseOpenedAt"] = updated.CaseOpenedAt,
            ["OutageId"] = updated.OutageId,
        };
        try
        {
            var etag = await _versions.UpdateAsync(entity, updated.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            return updated with { ETag = etag };
        }
        catch (RequestFailedException e) when (StorageErrors.IsPreconditionFailed(e))
        {
            return null;
        }
    }

    private static DeliveryRecord FromEntity(TableEntity entity) => new()
    {
        Document = DocumentStore.FromEntity(entity),
        Attempts = entity.GetString("Attempts") is { Length: > 0 } attempts
            ? JsonSerializer.Deserialize<List<DeliveryAttempt>>(attempts, Json) ?? []
            : [],
        CaseOpenedAt = entity.GetDateTimeOffset("CaseOpenedAt"),
        OutageId = entity.GetString("OutageId"),
        ETag = entity.ETag,
    };
}
