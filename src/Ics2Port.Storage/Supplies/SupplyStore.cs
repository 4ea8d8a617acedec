using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Filings;
using Ics2Port.Storage.Layout;

namespace Ics2Port.Storage.Supplies;

/// <summary>
/// Every accepted version of every ship supply and of its proof of loading, in a table and container of their own.
/// A version's <see cref="DocumentVersion.Direction"/> is <see cref="Supply"/> or <see cref="Loading"/>, its
/// <see cref="DocumentVersion.Type"/> the supply id and its <see cref="DocumentVersion.AgentId"/> the supplier who owns
/// it. Bodies are content-addressed blobs written create-only first; the create-only insert of the version row is the
/// commit point, so a row never points at a missing blob. A supply is checked against nothing else of its port call, so
/// it needs no port call head: each supply is versioned on its own.
/// </summary>
public sealed class SupplyStore(StorageLayout layout)
{
    /// <summary>The kind of the supply's own versions; the same kind names them on their way to the port system.</summary>
    public const string Supply = FilingKinds.Supply;

    /// <summary>The kind of the versions of its proof of loading on board.</summary>
    public const string Loading = "loading";

    // Rows are keyed and read as document versions are (DocumentStore.RowKeyOf counts down, so a partition query
    // yields each supply's latest version first).
    private const int MaxCommitAttempts = 100;

    private readonly TableClient _versions = layout.Tables.GetTableClient(layout.SuppliesTable);
    private readonly BlobContainerClient _bodies = layout.Blobs.GetBlobContainerClient(layout.SuppliesContainer);

    /// <summary>
    /// Commits <paramref name="submission"/> as the next version of its supply or proof unless the latest version already
    /// has the same body (then that one is returned) or <paramref name="precondition"/> rejects the current version.
    /// Concurrent submissions get consecutive versions: a lost race is retried with the next number.
    /// </summary>
    public async Task<DocumentCommit> CommitAsync(
        DocumentSubmission submission,
        Func<DocumentVersion?, bool>? precondition = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var latest = await GetLatestAsync(submission.PortCallId, submission.Direction, submission.Type, cancellationToken).ConfigureAwait(false);
        if (Decide(latest) is { } early)
        {
            return early;
        }

        var blobName = DocumentStore.BlobNameOf(submission);

        // Content-addressed: a blob that is there already holds exactly these bytes.
        await _bodies.GetBlobClient(blobName).TryCreateAsync(
            submission.Content,
            submission.ContentType,
            new Dictionary<string, string> { ["sha256"] = submission.Sha256 },
            cancellationToken).ConfigureAwait(false);

        for (var attempt = 0; attempt < MaxCommitAttempts; attempt++)
        {
            // A version row as a document's, the body always in the supplies container.
            var version = DocumentStore.ToVersion(submission, blobName, (latest?.Version ?? 0) + 1, inline: false);
            if (await _versions.TryInsertAsync(DocumentStore.ToEntity(version, inlineContent: null), cancellationToken).ConfigureAwait(false))
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

        throw new StoreContentionException($"Could not commit {submission.Direction} {submission.Type} of {submission.PortCallId} after {MaxCommitAttempts} attempts.");

        // A row with our body and our receipt time is our own insert whose answer was lost and retried (or the first
        // request of the same Idempotency-Key, whose receipt time the retry carries).
        DocumentCommit? Decide(DocumentVersion? current) =>
            current?.Sha256 == submission.Sha256
                ? new DocumentCommit(current.ReceivedAt == StorageTime.Normalize(submission.ReceivedAt) ? DocumentCommitKind.Created : DocumentCommitKind.Existing, current)
            : precondition is not null && !precondition(current) ? new DocumentCommit(DocumentCommitKind.PreconditionFailed, current)
            : null;
    }

    /// <summary>The latest version of a supply or of its proof, or null.</summary>
    public async Task<DocumentVersion?> GetLatestAsync(string portCallId, string kind, string supplyId, CancellationToken cancellationToken = default)
    {
        if (!StorageKeys.IsValid(portCallId) || !StorageKeys.IsValid(supplyId))
        {
            return null;
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {portCallId} and RowKey gt {$"{kind}|{supplyId}|"} and RowKey lt {$"{kind}|{supplyId}}}"}");
        await foreach (var entity in _versions.QueryAsync<TableEntity>(filter, 1, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return DocumentStore.FromEntity(entity);
        }

        return null;
    }

    /// <summary>The latest version of every supply and proof of a port call, in no particular order.</summary>
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
            var version = DocumentStore.FromEntity(entity);
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
}
