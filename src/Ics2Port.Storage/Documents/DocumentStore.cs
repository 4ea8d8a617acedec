using System.Globalization;
using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Ics2Port.Storage.Layout;

namespace Ics2Port.Storage.Documents;

/// <summary>
/// Every accepted version of every port call document. Bodies are content-addressed blobs written
/// create-only and never overwritten; the create-only insert of the version row is the commit point,
/// so a version row never points at a missing blob and nothing acknowledged can be lost.
/// </summary>
public sealed class DocumentStore
{
    /// <summary>State of a freshly stored version.</summary>
    public const string AcceptedState = "accepted";

    // Row keys count down so that a partition query yields each document's latest version first.
    private const long VersionCeiling = 9_999_999_999;
    private const int MaxCommitAttempts = 100;

    private readonly StorageLayout layout;
    private readonly TableClient _versions;
    private readonly BlobContainerClient _bodies;

    /// <summary>The store of port call documents.</summary>
    public DocumentStore(StorageLayout layout)
        : this(layout, layout?.DocumentVersionsTable!, layout?.DocumentsContainer!)
    {
    }

    /// <summary>The same versioning over another table and container, for other kinds of filed items (ship supplies).</summary>
    internal DocumentStore(StorageLayout layout, string versionsTable, string bodiesContainer)
    {
        ArgumentNullException.ThrowIfNull(layout);
        this.layout = layout;
        _versions = layout.Tables.GetTableClient(versionsTable);
        _bodies = layout.Blobs.GetBlobContainerClient(bodiesContainer);
    }

    /// <summary>The stable id of the document of one type and direction of a port call.</summary>
    public static string DocumentIdOf(string portCallId, string direction, string type) => $"{portCallId}-{direction}-{type}";

    /// <summary>
    /// Commits <paramref name="submission"/> as the next version unless the latest version already has the
    /// same body (then that one is returned) or <paramref name="precondition"/> rejects the current version.
    /// Concurrent submissions get consecutive versions: a lost race is retried with the next number.
    /// </summary>
    public async Task<DocumentCommit> CommitAsync(
        DocumentSubmission submission,
        Func<DocumentVersion?, bool>? precondition = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var receivedAt = StorageTime.Normalize(submission.ReceivedAt);
        var latest = await GetLatestAsync(submission.PortCallId, submission.Direction, submission.Type, cancellationToken).ConfigureAwait(false);
        if (Decide(latest) is { } early)
        {
            return early;
        }

        var blobName = $"{submission.AgentId}/{submission.PortCallId}/{submission.Direction}/{submission.Type}/{submission.Sha256}.{submission.Extension}";

        // Content-addressed: a blob that is there already holds exactly these bytes.
        await _bodies.GetBlobClient(blobName).TryCreateAsync(
            submission.Content,
            submission.ContentType,
            new Dictionary<string, string> { ["sha256"] = submission.Sha256 },
            cancellationToken).ConfigureAwait(false);

        for (var attempt = 0; attempt < MaxCommitAttempts; attempt++)
        {
            var version = ToVersion(submission, blobName, (latest?.Version ?? 0) + 1, receivedAt);
            if (await _versions.TryInsertAsync(ToEntity(version), cancellationToken).ConfigureAwait(false))
            {
                return new DocumentCommit(DocumentCommitKind.Created, version);
            }

            // Another submission took this number, or a retried insert of ours already landed.
            latest = await GetLatestAsync(submission.PortCallId, submission.Direction, submission.Type, cancellationToken).ConfigureAwait(false);
            if (Decide(latest) is { } decided)
            {
                return decided;
            }
        }

        throw new StoreContentionException($"Could not commit {DocumentIdOf(submission.PortCallId, submission.Direction, submission.Type)} after {MaxCommitAttempts} attempts.");

        // A row with our body and our receipt time is our own insert whose answer was lost and retried.
        DocumentCommit? Decide(DocumentVersion? current) =>
            current?.Sha256 == submission.Sha256
                ? new DocumentCommit(current.ReceivedAt == receivedAt ? DocumentCommitKind.Created : DocumentCommitKind.Existing, current)
            : precondition is not null && !precondition(current) ? new DocumentCommit(DocumentCommitKind.PreconditionFailed, current)
            : null;
    }

    /// <summary>The latest version of one document, or null when none was accepted yet.</summary>
    public async Task<DocumentVersion?> GetLatestAsync(string portCallId, string direction, string type, CancellationToken cancellationToken = default)
    {
        await foreach (var version in ListVersionsAsync(portCallId, direction, type, pageSize: 1, cancellationToken).ConfigureAwait(false))
        {
            return version;
        }

        return null;
    }

    /// <summary>One version of one document, or null.</summary>
    public async Task<DocumentVersion?> GetVersionAsync(string portCallId, string direction, string type, int version, CancellationToken cancellationToken = default)
    {
        if (!StorageKeys.IsValid(portCallId) || version < 1)
        {
            return null;
        }

        var entity = await _versions.FindAsync(portCallId, RowKeyOf(direction, type, version), cancellationToken).ConfigureAwait(false);
        return entity is null ? null : FromEntity(entity);
    }

    /// <summary>All versions of one document, newest first.</summary>
    public IAsyncEnumerable<DocumentVersion> ListVersionsAsync(string portCallId, string direction, string type, CancellationToken cancellationToken = default) =>
        ListVersionsAsync(portCallId, direction, type, pageSize: null, cancellationToken);

    /// <summary>The latest version of every document of a port call, in no particular order.</summary>
    public async Task<IReadOnlyList<DocumentVersion>> GetLatestVersionsAsync(string portCallId, CancellationToken cancellationToken = default)
    {
        var latest = new Dictionary<(string, string), DocumentVersion>();
        if (!StorageKeys.IsValid(portCallId))
        {
            return [];
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {portCallId}");
        await foreach (var entity in _versions.QueryAsync<TableEntity>(filter, layout.QueryPageSize, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var version = FromEntity(entity);
            latest.TryAdd((version.Direction, version.Type), version);
        }

        return [.. latest.Values];
    }

    /// <summary>The raw body of <paramref name="version"/> exactly as it was received.</summary>
    public async Task<BinaryData> ReadContentAsync(DocumentVersion version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        var download = await _bodies.GetBlobClient(version.BlobName).DownloadIfExistsAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Body of {version.DocumentId} version {version.Version} is missing.");
        return download.Content;
    }

    private async IAsyncEnumerable<DocumentVersion> ListVersionsAsync(
        string portCallId,
        string direction,
        string type,
        int? pageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!StorageKeys.IsValid(portCallId))
        {
            yield break;
        }

        var from = $"{direction}|{type}|";
        var to = $"{direction}|{type}}}";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {portCallId} and RowKey gt {from} and RowKey lt {to}");
        await foreach (var entity in _versions.QueryAsync<TableEntity>(filter, pageSize ?? layout.QueryPageSize, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return FromEntity(entity);
        }
    }

    internal static string RowKeyOf(string direction, string type, int version) =>
        $"{direction}|{type}|{(VersionCeiling - version).ToString("D10", CultureInfo.InvariantCulture)}";

    private static DocumentVersion ToVersion(DocumentSubmission submission, string blobName, int version, DateTimeOffset receivedAt) => new()
    {
        DocumentId = DocumentIdOf(submission.PortCallId, submission.Direction, submission.Type),
        PortCallId = submission.PortCallId,
        AgentId = submission.AgentId,
        Direction = submission.Direction,
        Type = submission.Type,
        Version = version,
        Sha256 = submission.Sha256,
        ContentType = submission.ContentType,
        BlobName = blobName,
        ReceivedAt = receivedAt,
        State = AcceptedState,
        ItemCount = submission.ItemCount,
    };

    private static TableEntity ToEntity(DocumentVersion version)
    {
        var entity = new TableEntity(version.PortCallId, RowKeyOf(version.Direction, version.Type, version.Version))
        {
            ["DocumentId"] = version.DocumentId,
            ["AgentId"] = version.AgentId,
            ["Direction"] = version.Direction,
            ["Type"] = version.Type,
            ["Version"] = version.Version,
            ["Sha256"] = version.Sha256,
            ["ContentType"] = version.ContentType,
            ["BlobName"] = version.BlobName,
            ["ReceivedAt"] = version.ReceivedAt,
            ["State"] = version.State,
        };
        if (version.ItemCount is { } count)
        {
            entity["ItemCount"] = count;
        }

        return entity;
    }

    internal static DocumentVersion FromEntity(TableEntity entity) => new()
    {
        DocumentId = entity.GetString("DocumentId") ?? string.Empty,
        PortCallId = entity.PartitionKey,
        AgentId = entity.GetString("AgentId") ?? string.Empty,
        Direction = entity.GetString("Direction") ?? string.Empty,
        Type = entity.GetString("Type") ?? string.Empty,
        Version = entity.GetInt32("Version") ?? 0,
        Sha256 = entity.GetString("Sha256") ?? string.Empty,
        ContentType = entity.GetString("ContentType") ?? "application/octet-stream",
        BlobName = entity.GetString("BlobName") ?? string.Empty,
        ReceivedAt = entity.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue,
        State = entity.GetString("State") ?? AcceptedState,
        ItemCount = entity.GetInt32("ItemCount"),
    };
}
