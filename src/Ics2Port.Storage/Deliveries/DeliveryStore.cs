using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Heads;
using Ics2Port.Storage.Layout;

namespace Ics2Port.Storage.Deliveries;

/// <summary>
/// The delivery state and attempts of document versions, kept on the version rows of <see cref="DocumentStore"/>.
/// Reads carry the row's ETag and <see cref="TryUpdateAsync"/> writes only if it is unchanged, in one transaction with what
/// else must change: the port call's head (the latest version's state) and, once delivery has ended, the version's open row.
/// </summary>
public sealed class DeliveryStore(StorageLayout layout)
{
    /// <summary>States in which a version's delivery has ended (a refusal is final too): its open row is deleted.</summary>
    public static readonly IReadOnlySet<string> FinalStates = new HashSet<string>(StringComparer.Ordinal) { "delivered", "re-entered", "refused" };

    private const int MaxHeadAttempts = 20;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly string[] Columns = [.. DocumentStore.Columns, "Attempts", "IsCase", "CaseOpenedAt", "OutageId", "CaseListed"];

    // Point reads of listed cases run this many at a time.
    private const int CaseReadsAtOnce = 16;

    private static readonly string[] OpenColumns = ["Kind", "Key", "Version"];

    private readonly TableClient _versions = layout.Tables.GetTableClient(layout.DocumentVersionsTable);
    private readonly DocumentStore _documents = new(layout);
    private readonly DeliveryIndex _index = new(layout);
    private readonly HeadCache _heads = layout.Heads;
    private readonly CaseIndex _cases = new(layout);

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

    /// <summary>
    /// Every version whose delivery has not ended, oldest first: the port calls of the delivery index, each one's open rows
    /// (one range query) and the items its head lists itself. A port call with nothing open whose head
    /// has not changed for <paramref name="retention"/> leaves the index.
    /// </summary>
    public async Task<IReadOnlyList<DeliveryRecord>> ListOpenAsync(TimeSpan retention, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var records = new List<DeliveryRecord>();
        foreach (var (portCallId, etag) in await _index.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            // The head before the rows: a commit after this read changes the head, so a retirement decided on rows read
            // before that commit fails on the head's ETag.
            if (await _documents.ReadHeadAsync(portCallId, cancellationToken).ConfigureAwait(false) is not { } head)
            {
                continue;
            }

            var open = await ListOpenItemsAsync(head, cancellationToken).ConfigureAwait(false);
            if (open.Count == 0)
            {
                await RetireAsync(head, etag, now - retention, cancellationToken).ConfigureAwait(false);
                continue;
            }

            foreach (var item in open.Where(item => item.Kind == OpenItem.DocumentKind))
            {
                var (direction, type) = SplitKey(item.Key);
                if (await GetAsync(portCallId, direction, type, item.Version, cancellationToken).ConfigureAwait(false) is { } record && !FinalStates.Contains(record.State))
                {
                    records.Add(record);
                }
            }
        }

        return [.. records.OrderBy(record => record.Document.ReceivedAt).ThenBy(record => record.Document.DocumentId, StringComparer.Ordinal)];
    }

    /// <summary>What of the port call is open: the items <paramref name="head"/> lists itself, then its open rows.</summary>
    public async Task<IReadOnlyList<OpenItem>> ListOpenItemsAsync(PortCallHead head, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(head);
        var open = new List<OpenItem>(head.Open);
        await foreach (var entity in _versions.QueryAsync<TableEntity>(OpenRows.FilterOf(head.PortCallId), layout.QueryPageSize, OpenColumns, cancellationToken).ConfigureAwait(false))
        {
            open.Add(OpenRows.FromEntity(entity));
        }

        return open;
    }

    /// <summary>
    /// Fallback cases (versions the port system could not take at first), of one owner or of all when
    /// <paramref name="agentId"/> is null, optionally in one state; oldest case first. Reads the case index and each
    /// listed case's row, so the cost follows the number of cases, not of versions.
    /// </summary>
    public async IAsyncEnumerable<DeliveryRecord> ListCasesAsync(
        string? agentId,
        string? state,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var records = new List<DeliveryRecord>();
        foreach (var batch in (await _cases.ListAsync(agentId, cancellationToken).ConfigureAwait(false)).Chunk(CaseReadsAtOnce))
        {
            var read = await Task.WhenAll(batch.Select(listed => _versions.FindAsync(listed.PortCallId, listed.VersionRowKey, cancellationToken))).ConfigureAwait(false);
            records.AddRange(read.OfType<TableEntity>().Select(FromEntity)
                .Where(record => record.CaseOpenedAt is not null && (state is null || record.State == state) && (agentId is null || record.Document.AgentId == agentId)));
        }

        foreach (var record in records.OrderBy(record => record.CaseOpenedAt).ThenBy(record => record.Document.DocumentId, StringComparer.Ordinal))
        {
            yield return record;
        }
    }

    /// <summary>The fallback cases of one port call in <paramref name="state"/>, oldest case first: a query of the port call's partition only.</summary>
    public async Task<IReadOnlyList<DeliveryRecord>> ListCasesOfPortCallAsync(string portCallId, string state, CancellationToken cancellationToken = default)
    {
        if (!StorageKeys.IsValid(portCallId))
        {
            return [];
        }

        var filter = TableFilters.All($"PartitionKey eq {portCallId}", $"IsCase eq {true}", $"State eq {state}");
        var records = new List<DeliveryRecord>();
        await foreach (var entity in _versions.QueryAsync<TableEntity>(filter, layout.QueryPageSize, Columns, cancellationToken).ConfigureAwait(false))
        {
            records.Add(FromEntity(entity));
        }

        return [.. records.OrderBy(record => record.CaseOpenedAt).ThenBy(record => record.Document.DocumentId, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Writes <paramref name="updated"/>'s state, attempts and case fields if the row still has <paramref name="updated"/>'s
    /// ETag; answers the record with its new ETag, or null when someone else changed the row first (412). A final state
    /// deletes the version's open row in the same transaction.
    /// </summary>
    public async Task<DeliveryRecord?> TryUpdateAsync(DeliveryRecord updated, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updated);
        var document = updated.Document;
        var rowKey = DocumentStore.RowKeyOf(document.Direction, document.Type, document.Version);
        if (updated.CaseOpenedAt is not null && !updated.CaseListed)
        {
            // Listed before the row says it is a case: a case is never missing from its owner's list.
            await _cases.AddAsync(document.AgentId, document.PortCallId, rowKey, cancellationToken).ConfigureAwait(false);
            updated = updated with { CaseListed = true };
        }

        var entity = new TableEntity(document.PortCallId, rowKey)
        {
            ["CaseListed"] = updated.CaseListed,
            ["State"] = document.State,
            ["Attempts"] = JsonSerializer.Serialize(updated.Attempts, Json),
            ["IsCase"] = updated.CaseOpenedAt is not null,
            ["CaseOpenedAt"] = updated.CaseOpenedAt,
            ["OutageId"] = updated.OutageId,
        };
        var key = PortCallHead.KeyOf(document.Direction, document.Type);
        var openRow = new TableEntity(document.PortCallId, OpenRows.RowKeyOf(new OpenItem(OpenItem.DocumentKind, key, document.Version)));
        var openRowGone = false;
        for (var attempt = 0; attempt < MaxHeadAttempts; attempt++)
        {
            var head = await _documents.ReadHeadAsync(document.PortCallId, cancellationToken).ConfigureAwait(false);
            var nextHead = head is null ? null : HeadAfter(head, document);

            // Open rows exist only beside a head, and not for the items a head still lists itself.
            var deletesOpenRow = FinalStates.Contains(document.State) && head is not null && !openRowGone
                && !head.Open.Any(item => IsItem(item, key, document.Version));
            try
            {
                if (nextHead is null && !deletesOpenRow)
                {
                    var etag = await _versions.UpdateAsync(entity, updated.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
                    return updated with { ETag = etag };
                }

                List<TableTransactionAction> transaction = [new(TableTransactionActionType.UpdateMerge, entity, updated.ETag)];
                if (deletesOpenRow)
                {
                    transaction.Add(new(TableTransactionActionType.Delete, openRow, ETag.All));
                }

                if (nextHead is not null)
                {
                    transaction.Add(new(TableTransactionActionType.UpdateReplace, HeadEntities.ToEntity(nextHead), head!.ETag));
                }

                var response = await SubmitWithHeadAsync(transaction, nextHead, cancellationToken).ConfigureAwait(false);
                return updated with { ETag = response.Value[0].Headers.ETag ?? throw new InvalidOperationException("The transaction answered without an ETag.") };
            }
            catch (TableTransactionFailedException e) when (e.Status == 404 && deletesOpenRow)
            {
                // The open row is gone (its version had ended before), unless it is the version row that vanished.
                if (await GetAsync(document.PortCallId, document.Direction, document.Type, document.Version, cancellationToken).ConfigureAwait(false) is not { } current
                    || current.ETag != updated.ETag)
                {
                    return null;
                }

                openRowGone = true;
            }
            catch (TableTransactionFailedException e) when (e.Status == 412)
            {
                // The version row or the head changed: only the latter is worth another try.
                if (await GetAsync(document.PortCallId, document.Direction, document.Type, document.Version, cancellationToken).ConfigureAwait(false) is not { } current
                    || current.ETag != updated.ETag)
                {
                    return null;
                }
            }
            catch (RequestFailedException e) when (StorageErrors.IsPreconditionFailed(e))
            {
                return null;
            }
        }

        throw new StoreContentionException($"The head of port call {document.PortCallId} kept changing while {document.DocumentId} version {document.Version} was updated.");
    }

    // The head as it must be after the version's state changes: the latest version's state, and the version out of the items the head lists once delivery ended; null when unchanged.
    private static PortCallHead? HeadAfter(PortCallHead head, DocumentVersion document)
    {
        var key = PortCallHead.KeyOf(document.Direction, document.Type);
        var latest = head.Documents.GetValueOrDefault(key);
        var stateChanged = latest is not null && latest.Version == document.Version && latest.State != document.State;
        var leaves = FinalStates.Contains(document.State) && head.Open.Any(item => IsItem(item, key, document.Version));
        if (!stateChanged && !leaves)
        {
            return null;
        }

        return head with
        {
            Documents = stateChanged ? new Dictionary<string, HeadDocument>(head.Documents) { [key] = latest! with { State = document.State } } : head.Documents,
            Open = leaves ? [.. head.Open.Where(item => !IsItem(item, key, document.Version))] : head.Open,
        };
    }

    // The transaction, its head (last, when there is one) remembered as written or, when the outcome is not that, forgotten.
    private async Task<Response<IReadOnlyList<Response>>> SubmitWithHeadAsync(List<TableTransactionAction> transaction, PortCallHead? nextHead, CancellationToken cancellationToken)
    {
        var remembered = nextHead is null;
        try
        {
            var response = await _versions.SubmitTransactionAsync(transaction, cancellationToken).ConfigureAwait(false);
            if (nextHead is not null)
            {
                _heads.RememberWritten(nextHead with { ETag = response.Value[^1].Headers.ETag ?? default, Timestamp = null });
                remembered = true;
            }

            return response;
        }
        finally
        {
            if (!remembered)
            {
                _heads.Forget(nextHead!.PortCallId);
            }
        }
    }

    // The head replaced if it still has its ETag; remembered as written, or forgotten when that failed or is unknown.
    private async Task ReplaceHeadAsync(PortCallHead head, CancellationToken cancellationToken)
    {
        _heads.Forget(head.PortCallId);
        var etag = await _versions.UpdateAsync(HeadEntities.ToEntity(head), head.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        _heads.RememberWritten(head with { ETag = etag, Timestamp = null });
    }

    private static bool IsItem(OpenItem item, string key, int version) => item.Kind == OpenItem.DocumentKind && item.Key == key && item.Version == version;

    private static (string Direction, string Type) SplitKey(string key)
    {
        var bar = key.IndexOf('|', StringComparison.Ordinal);
        return (key[..bar], key[(bar + 1)..]);
    }

    // Out of the index once nothing was open for the retention period; the head's flag goes first, with If-Match, so a
    // submission that read it before commits only after marking the port call again (and the removal then fails on the ETag).
    private async Task RetireAsync(PortCallHead head, ETag indexETag, DateTimeOffset quietSince, CancellationToken cancellationToken)
    {
        try
        {
            if (!head.Indexed)
            {
                // A submission marked it and has not committed yet, or a removal failed: the row exists, so the flag says so.
                await ReplaceHeadAsync(head with { Indexed = true }, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (head.Timestamp is not { } written || written > quietSince)
            {
                return;
            }

            await ReplaceHeadAsync(head with { Indexed = false }, cancellationToken).ConfigureAwait(false);
            await _index.TryRemoveAsync(head.PortCallId, indexETag, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (StorageErrors.IsPreconditionFailed(e))
        {
            // A submission changed the head first: the port call stays.
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
        CaseListed = entity.GetBoolean("CaseListed") ?? false,
        ETag = entity.ETag,
    };
}
