using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Ics2Port.Storage.Layout;

namespace Ics2Port.Storage.Permits;

/// <summary>
/// Permit applications: the raw body as a create-only blob first, then the create-only row that makes
/// the permit exist. Creating the same permit again completes or repeats the first creation.
/// </summary>
public sealed class PermitStore(StorageLayout layout)
{
    /// <summary>State of a freshly stored application.</summary>
    public const string AcceptedState = "accepted";

    private const string RowKey = "permit";

    // Point reads of a port call's permits run this many at a time.
    private const int ReadsAtOnce = 16;
    private readonly TableClient _permits = layout.Tables.GetTableClient(layout.PermitsTable);
    private readonly BlobContainerClient _bodies = layout.Blobs.GetBlobContainerClient(layout.PermitsContainer);

    /// <summary>
    /// Stores the application with id <paramref name="permitId"/> and, on its row, its <paramref name="outline"/>; if it
    /// was stored before with the same body, returns that record. Throws <see cref="InvalidOperationException"/> if the
    /// id holds another body.
    /// </summary>
    public async Task<PermitRecord> CreateAsync(
        string permitId,
        string agentId,
        string portCallId,
        BinaryData content,
        string sha256,
        DateTimeOffset receivedAt,
        PermitOutline? outline = null,
        CancellationToken cancellationToken = default)
    {
        var record = new PermitRecord
        {
            PermitId = permitId,
            AgentId = agentId,
            PortCallId = portCallId,
            Sha256 = sha256,
            BlobName = $"{agentId}/{portCallId}/{permitId}.json",
            ReceivedAt = StorageTime.Normalize(receivedAt),
            State = AcceptedState,
            Outline = outline,
        };

        // A blob already there is an earlier attempt at this permit; the row below checks it is the same body.
        await _bodies.GetBlobClient(record.BlobName).TryCreateAsync(
            content,
            "application/json",
            new Dictionary<string, string> { ["sha256"] = sha256 },
            cancellationToken).ConfigureAwait(false);

        // Listed under its port call before it exists, so a permit is never missing from its port call's list.
        await _permits.UpsertEntityAsync(new TableEntity(PortCallPartitionOf(portCallId), permitId), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        if (await _permits.TryInsertAsync(ToEntity(record), cancellationToken).ConfigureAwait(false))
        {
            return record;
        }

        var existing = await FindAsync(permitId, agentId, cancellationToken).ConfigureAwait(false);
        return existing?.Sha256 == sha256 ? existing : throw new InvalidOperationException($"Permit id {permitId} is already taken.");
    }

    /// <summary>
    /// The permit with <paramref name="permitId"/>, if it exists and, when <paramref name="agentId"/> is
    /// given, belongs to that agent; null otherwise.
    /// </summary>
    public async Task<PermitRecord?> FindAsync(string permitId, string? agentId, CancellationToken cancellationToken = default)
    {
        if (!StorageKeys.IsValid(permitId))
        {
            return null;
        }

        var entity = await _permits.FindAsync(permitId, RowKey, cancellationToken).ConfigureAwait(false);
        return entity is null || (agentId is not null && entity.GetString("AgentId") != agentId) ? null : FromEntity(entity);
    }

    /// <summary>
    /// The permit applications of <paramref name="portCallId"/>, oldest first: the port call's list of permit ids, then
    /// each permit's row, so the cost follows the port call's permits, not all permits.
    /// </summary>
    public async IAsyncEnumerable<PermitRecord> ListByPortCallAsync(string portCallId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!StorageKeys.IsValid(PortCallPartitionOf(portCallId)))
        {
            yield break;
        }

        // An id listed whose permit row never came (the process died between) or is another port call's is no permit here.
        var records = (await ReadListedAsync(PortCallPartitionOf(portCallId), cancellationToken).ConfigureAwait(false))
            .Where(permit => permit.PortCallId == portCallId);
        foreach (var record in records.OrderBy(record => record.ReceivedAt).ThenBy(record => record.PermitId, StringComparer.Ordinal))
        {
            yield return record;
        }
    }

    /// <summary>
    /// Puts <paramref name="permitId"/> on the list of applications awaiting a decision at <paramref name="port"/> (a
    /// UN/LOCODE in its normal form), before the permit itself is stored, so a permit is never missing from it.
    /// </summary>
    public async Task AwaitDecisionAsync(string port, string permitId, CancellationToken cancellationToken = default) =>
        await _permits.UpsertEntityAsync(new TableEntity(UndecidedPartitionOf(port), permitId), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The applications awaiting a decision at <paramref name="port"/>, oldest first. The list holds only undecided
    /// permits: one found decided (by the port system's answer, or after a decision whose removal was lost) leaves it now.
    /// </summary>
    public async Task<IReadOnlyList<PermitRecord>> ListUndecidedAsync(string port, CancellationToken cancellationToken = default)
    {
        var undecided = new List<PermitRecord>();
        foreach (var permit in await ReadListedAsync(UndecidedPartitionOf(port), cancellationToken).ConfigureAwait(false))
        {
            if (permit.Decision is null)
            {
                undecided.Add(permit);
            }
            else
            {
                await LeaveUndecidedAsync(port, permit.PermitId, cancellationToken).ConfigureAwait(false);
            }
        }

        return [.. undecided.OrderBy(permit => permit.ReceivedAt).ThenBy(permit => permit.PermitId, StringComparer.Ordinal)];
    }

    /// <summary>Takes a decided permit off its port's list of applications awaiting a decision.</summary>
    public async Task LeaveUndecidedAsync(string port, string permitId, CancellationToken cancellationToken = default)
    {
        try
        {
            await _permits.DeleteEntityAsync(UndecidedPartitionOf(port), permitId, ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (StorageErrors.IsNotFound(e))
        {
            // Off the list already.
        }
    }

    /// <summary>
    /// Records <paramref name="decision"/> on an undecided permit, conditionally on the row read, so two deciders never both
    /// succeed: a decided permit is never decided again.
    /// </summary>
    public async Task<(PermitDecisionOutcome Outcome, PermitRecord? Permit)> DecideAsync(string permitId, PermitDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var entity = StorageKeys.IsValid(permitId) ? await _permits.FindAsync(permitId, RowKey, cancellationToken).ConfigureAwait(false) : null;
        if (entity is null)
        {
            return (PermitDecisionOutcome.NotFound, null);
        }

        if (entity.GetString("Decision") is { Length: > 0 })
        {
            return (PermitDecisionOutcome.AlreadyDecided, FromEntity(entity));
        }

        var update = new TableEntity(permitId, RowKey)
        {
            ["Decision"] = decision.Outcome,
            ["PermitNumber"] = decision.PermitNumber,
            ["DecisionReason"] = decision.Reason,
            ["DecidedAt"] = StorageTime.Normalize(decision.DecidedAt),
            ["DecidedBy"] = decision.DecidedBy,
            ["DecidedByOffice"] = decision.Office,
        };
        try
        {
            await _permits.UpdateAsync(update, entity.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (StorageErrors.IsPreconditionFailed(e))
        {
            // Someone else wrote the row first; whatever they wrote, this decision is not recorded.
            var now = await _permits.FindAsync(permitId, RowKey, cancellationToken).ConfigureAwait(false);
            return now?.GetString("Decision") is { Length: > 0 }
                ? (PermitDecisionOutcome.AlreadyDecided, FromEntity(now))
                : throw new StoreContentionException($"Permit {permitId} changed while it was being decided.");
        }

        return (PermitDecisionOutcome.Recorded, FromEntity(entity) with { Decision = decision with { DecidedAt = StorageTime.Normalize(decision.DecidedAt) } });
    }

    private static PermitRecord FromEntity(TableEntity entity) => new()
    {
            PermitId = entity.PartitionKey,
            AgentId = entity.GetString("AgentId") ?? string.Empty,
            PortCallId = entity.GetString("PortCallId") ?? string.Empty,
            Sha256 = entity.GetString("Sha256") ?? string.Empty,
            BlobName = entity.GetString("BlobName") ?? string.Empty,
            ReceivedAt = entity.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue,
            State = entity.GetString("State") ?? AcceptedState,
            Decision = entity.GetString("Decision") is { Length: > 0 } outcome
                ? new PermitDecision
                {
                    Outcome = outcome,
                    PermitNumber = entity.GetString("PermitNumber"),
                    Reason = entity.GetString("DecisionReason"),
                    DecidedAt = entity.GetDateTimeOffset("DecidedAt") ?? DateTimeOffset.MinValue,
                    DecidedBy = entity.GetString("DecidedBy") ?? string.Empty,
                    Office = entity.GetString("DecidedByOffice"),
                }
                : null,
            Outline = OutlineOf(entity),
        };

    // A row written before rows kept the outline has no Operation column.
    private static PermitOutline? OutlineOf(TableEntity entity) => entity.GetString("Operation") is { } operation
        ? new PermitOutline
        {
            Operation = operation,
            Berth = entity.GetString("Berth") ?? string.Empty,
            HsCodes = JsonSerializer.Deserialize<string[]>(entity.GetString("HsCodes") ?? "[]") ?? [],
            PlannedStart = entity.GetString("PlannedStart"),
        }
        : null;

    /// <summary>The raw application exactly as it was received.</summary>
    public async Task<BinaryData> ReadContentAsync(PermitRecord permit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(permit);
        var download = await _bodies.GetBlobClient(permit.BlobName).DownloadIfExistsAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Body of permit {permit.PermitId} is missing.");
        return download.Content;
    }

    // The permits whose ids a list partition holds, read a batch at a time; ids without a permit row are left out.
    private async Task<IReadOnlyList<PermitRecord>> ReadListedAsync(string listPartition, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {listPartition}");
        await foreach (var entity in _permits.QueryAsync<TableEntity>(filter, layout.QueryPageSize, ["RowKey"], cancellationToken).ConfigureAwait(false))
        {
            ids.Add(entity.RowKey);
        }

        var permits = new List<PermitRecord>();
        foreach (var batch in ids.Chunk(ReadsAtOnce))
        {
            var read = await Task.WhenAll(batch.Select(id => _permits.FindAsync(id, RowKey, cancellationToken))).ConfigureAwait(false);
            permits.AddRange(read.OfType<TableEntity>().Select(FromEntity));
        }

        return permits;
    }

    // Where a port call's permit ids are listed; permit ids start "pm-", so no permit's partition is named so.
    private static string PortCallPartitionOf(string portCallId) => $"port-call|{portCallId}";

    // Where a port's undecided permit ids are listed; no permit's partition starts so.
    private static string UndecidedPartitionOf(string port) => $"undecided|{port}";

    private static TableEntity ToEntity(PermitRecord record)
    {
        var entity = new TableEntity(record.PermitId, RowKey)
        {
            ["AgentId"] = record.AgentId,
            ["PortCallId"] = record.PortCallId,
            ["Sha256"] = record.Sha256,
            ["BlobName"] = record.BlobName,
            ["ReceivedAt"] = record.ReceivedAt,
            ["State"] = record.State,
        };
        if (record.Outline is { } outline)
        {
            entity["Operation"] = outline.Operation;
            entity["Berth"] = outline.Berth;
            entity["HsCodes"] = JsonSerializer.Serialize(outline.HsCodes);
            entity["PlannedStart"] = outline.PlannedStart;
        }

        return entity;
    }
}
