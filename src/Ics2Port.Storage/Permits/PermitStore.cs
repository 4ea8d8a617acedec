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
    private readonly TableClient _permits = layout.Tables.GetTableClient(layout.PermitsTable);
    private readonly BlobContainerClient _bodies = layout.Blobs.GetBlobContainerClient(layout.PermitsContainer);

    /// <summary>
    /// Stores the application with id <paramref name="permitId"/>; if it was stored before with the same
    /// body, returns that record. Throws <see cref="InvalidOperationException"/> if the id holds another body.
    /// </summary>
    public async Task<PermitRecord> CreateAsync(
        string permitId,
        string agentId,
        string portCallId,
        BinaryData content,
        string sha256,
        DateTimeOffset receivedAt,
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
        };

        // A blob already there is an earlier attempt at this permit; the row below checks it is the same body.
        await _bodies.GetBlobClient(record.BlobName).TryCreateAsync(
            content,
            "application/json",
            new Dictionary<string, string> { ["sha256"] = sha256 },
            cancellationToken).ConfigureAwait(false);

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
        if (entity is null || (agentId is not null && entity.GetString("AgentId") != agentId))
        {
            return null;
        }

        return new PermitRecord
        {
            PermitId = entity.PartitionKey,
            AgentId = entity.GetString("AgentId") ?? string.Empty,
            PortCallId = entity.GetString("PortCallId") ?? string.Empty,
            Sha256 = entity.GetString("Sha256") ?? string.Empty,
            BlobName = entity.GetString("BlobName") ?? string.Empty,
            ReceivedAt = entity.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue,
            State = entity.GetString("State") ?? AcceptedState,
        };
    }

    /// <summary>The raw application exactly as it was received.</summary>
    public async Task<BinaryData> ReadContentAsync(PermitRecord permit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(permit);
        var download = await _bodies.GetBlobClient(permit.BlobName).DownloadIfExistsAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Body of permit {permit.PermitId} is missing.");
        return download.Content;
    }

    private static TableEntity ToEntity(PermitRecord record) => new(record.PermitId, RowKey)
    {
        ["AgentId"] = record.AgentId,
        ["PortCallId"] = record.PortCallId,
        ["Sha256"] = record.Sha256,
        ["BlobName"] = record.BlobName,
        ["ReceivedAt"] = record.ReceivedAt,
        ["State"] = record.State,
    };
}
