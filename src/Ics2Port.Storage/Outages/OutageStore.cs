using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Ics2Port.Storage.Layout;

namespace Ics2Port.Storage.Outages;

/// <summary>
/// The port system's availability: the status row (the truth about now, written only with <c>If-Match</c> or
/// create-only) and one history row per outage. The status row carries a copy of the open outage, so a crash
/// between the two writes never leaves the status pointing at nothing.
/// </summary>
public sealed class OutageStore(StorageLayout layout)
{
    private const string Partition = "port-system";
    private const string StatusRowKey = "status";
    private const string OutagePrefix = "outage|";

    private readonly TableClient _outages = layout.Tables.GetTableClient(layout.OutagesTable);

    /// <summary>The current status with its ETag; <see cref="PortSystemStatusRecord.Initial"/> when nothing was recorded yet.</summary>
    public async Task<PortSystemStatusRecord> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        var entity = await _outages.FindAsync(Partition, StatusRowKey, cancellationToken).ConfigureAwait(false);
        if (entity is null)
        {
            return PortSystemStatusRecord.Initial;
        }

        return new PortSystemStatusRecord
        {
            Available = entity.GetBoolean("Available") ?? true,
            Since = entity.GetDateTimeOffset("Since"),
            Outage = entity.GetString("OutageId") is { Length: > 0 } outageId ? ReadOutage(entity, outageId) : null,
            ConsecutiveFailures = entity.GetInt32("ConsecutiveFailures") ?? 0,
            LastFailure = entity.GetString("LastFailure"),
            ETag = entity.ETag,
        };
    }

    /// <summary>
    /// Writes <paramref name="status"/> if the row is as it was read (create-only when it was never written);
    /// answers it with the new ETag, or null when another writer came first.
    /// </summary>
    public async Task<PortSystemStatusRecord?> TrySaveStatusAsync(PortSystemStatusRecord status, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(status);
        var entity = new TableEntity(Partition, StatusRowKey)
        {
            ["Available"] = status.Available,
            ["Since"] = status.Since,
            ["ConsecutiveFailures"] = status.ConsecutiveFailures,
            ["LastFailure"] = status.LastFailure,
            ["OutageId"] = status.Outage?.OutageId,
        };
        if (status.Outage is { } outage)
        {
            WriteOutage(entity, outage);
        }

        try
        {
            var etag = status.ETag == default
                ? await _outages.InsertAsync(entity, cancellationToken).ConfigureAwait(false)
                : await _outages.UpdateAsync(entity, status.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return status with { ETag = etag };
        }
        catch (RequestFailedException e) when (StorageErrors.IsPreconditionFailed(e) || StorageErrors.IsConflict(e))
        {
            return null;
        }
    }

    /// <summary>Writes the history row of <paramref name="outage"/>, replacing what was there.</summary>
    public async Task SaveOutageAsync(OutageRecord outage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outage);
        var entity = new TableEntity(Partition, OutagePrefix + outage.OutageId);
        WriteOutage(entity, outage);
        await _outages.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One outage, or null.</summary>
    public async Task<OutageRecord?> GetOutageAsync(string outageId, CancellationToken cancellationToken = default)
    {
        if (!StorageKeys.IsValid(outageId))
        {
            return null;
        }

        var entity = await _outages.FindAsync(Partition, OutagePrefix + outageId, cancellationToken).ConfigureAwait(false);
        return entity is null ? null : ReadOutage(entity, outageId) with { ETag = entity.ETag };
    }

    /// <summary>Every outage recorded, oldest first.</summary>
    public async IAsyncEnumerable<OutageRecord> ListOutagesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey gt {OutagePrefix} and RowKey lt {"outage}"}");
        var outages = new List<OutageRecord>();
        await foreach (var entity in _outages.QueryAsync<TableEntity>(filter, layout.QueryPageSize, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            outages.Add(ReadOutage(entity, entity.RowKey[OutagePrefix.Length..]) with { ETag = entity.ETag });
        }

        foreach (var outage in outages.OrderBy(outage => outage.OpenedAt))
        {
            yield return outage;
        }
    }

    private static void WriteOutage(TableEntity entity, OutageRecord outage)
    {
        entity["Source"] = outage.Source;
        entity["AnnouncedAt"] = outage.AnnouncedAt;
        entity["Message"] = outage.Message;
        entity["OpenedAt"] = outage.OpenedAt;
        entity["RestoredAt"] = outage.RestoredAt;
        entity["RestoredBy"] = outage.RestoredBy;
    }

    private static OutageRecord ReadOutage(TableEntity entity, string outageId) => new()
    {
        OutageId = outageId,
        Source = entity.GetString("Source") ?? string.Empty,
        AnnouncedAt = entity.GetDateTimeOffset("AnnouncedAt") ?? DateTimeOffset.MinValue,
        Message = entity.GetString("Message"),
        OpenedAt = entity.GetDateTimeOffset("OpenedAt") ?? DateTimeOffset.MinValue,
        RestoredAt = entity.GetDateTimeOffset("RestoredAt"),
        RestoredBy = entity.GetString("RestoredBy"),
    };
}
