using System.Globalization;
using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using Ics2Port.Storage.Layout;

namespace Ics2Port.Storage.Endorsements;

/// <summary>
/// Endorsements of manifest versions, partitioned by port call. A version is endorsed once: the create-only insert
/// decides between two endorsers, and the first endorsement stands.
/// </summary>
public sealed class EndorsementStore(StorageLayout layout)
{
    private readonly TableClient _endorsements = layout.Tables.GetTableClient(layout.ManifestEndorsementsTable);

    /// <summary>Stores <paramref name="record"/> if its version has no endorsement yet; otherwise answers the existing one and false.</summary>
    public async Task<(bool Created, EndorsementRecord Endorsement)> CreateAsync(EndorsementRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var stored = record with { EndorsedAt = StorageTime.Normalize(record.EndorsedAt) };
        if (await _endorsements.TryInsertAsync(ToEntity(stored), cancellationToken).ConfigureAwait(false))
        {
            return (true, stored);
        }

        var existing = await FindAsync(record.PortCallId, record.Direction, record.Version, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The endorsement of {record.PortCallId} {record.Direction} manifest v{record.Version} vanished after a conflict.");
        return (false, existing);
    }

    /// <summary>The endorsement of one manifest version, or null.</summary>
    public async Task<EndorsementRecord?> FindAsync(string portCallId, string direction, int version, CancellationToken cancellationToken = default)
    {
        if (!StorageKeys.IsValid(portCallId))
        {
            return null;
        }

        var entity = await _endorsements.FindAsync(portCallId, RowKeyOf(direction, version), cancellationToken).ConfigureAwait(false);
        return entity is null ? null : FromEntity(entity);
    }

    /// <summary>Every endorsement of the port call's manifests, by direction and version.</summary>
    public async IAsyncEnumerable<EndorsementRecord> ListAsync(string portCallId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = TableFilters.All($"PartitionKey eq {portCallId}");
        await foreach (var entity in _endorsements.QueryAsync<TableEntity>(filter, layout.QueryPageSize, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return FromEntity(entity);
        }
    }

    private static string RowKeyOf(string direction, int version) => string.Create(CultureInfo.InvariantCulture, $"{direction}-manifest-{version:D10}");

    private static TableEntity ToEntity(EndorsementRecord record) => new(record.PortCallId, RowKeyOf(record.Direction, record.Version))
    {
        ["Direction"] = record.Direction,
        ["Version"] = record.Version,
        ["Sha256"] = record.Sha256,
        ["EndorsedBy"] = record.EndorsedBy,
        ["Office"] = record.Office,
        ["EndorsedAt"] = record.EndorsedAt,
        ["Reference"] = record.Reference,
    };

    private static EndorsementRecord FromEntity(TableEntity entity) => new()
    {
        PortCallId = entity.PartitionKey,
        Direction = entity.GetString("Direction") ?? string.Empty,
        Version = entity.GetInt32("Version") ?? 0,
        Sha256 = entity.GetString("Sha256") ?? string.Empty,
        EndorsedBy = entity.GetString("EndorsedBy") ?? string.Empty,
        Office = entity.GetString("Office") ?? string.Empty,
        EndorsedAt = entity.GetDateTimeOffset("EndorsedAt") ?? DateTimeOffset.MinValue,
        Reference = entity.GetString("Reference"),
    };
}
