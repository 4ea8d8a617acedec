using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Ics2Port.Storage.Deliveries;
using Ics2Port.Storage.Filings;
using Ics2Port.Storage.Heads;
using Ics2Port.Storage.Layout;

namespace Ics2Port.Storage.Documents;

/// <summary>
/// Every accepted version of every port call document, and the head of each port call. A commit is one entity-group
/// transaction: the head replaced with <c>If-Match</c>, the new version row and its open row (<see cref="OpenRows"/>)
/// inserted, the body inline on the row up to
/// <see cref="InlineLimit"/> (a larger one in a content-addressed blob written create-only first). A concurrent change of
/// any document of the port call fails the transaction, and the submission decides again against the new head; versions
/// stay gap-free and a version row never points at a missing blob.
/// </summary>
public sealed class DocumentStore(StorageLayout layout)
{
    /// <summary>State of a freshly stored version.</summary>
    public const string AcceptedState = "accepted";

    /// <summary>
    /// Bodies up to this size live on the version row, split over binary properties of at most 64 KiB: four of them
    /// leave the row (1 MiB at most) room for its attempts and the transaction (4 MiB) room for the head.
    /// </summary>
    public const int InlineLimit = InlineBodies.Limit;

    private const int MaxCommitAttempts = 100;

    // Row keys count down so that a partition query yields each document's latest version first.
    private const long VersionCeiling = 9_999_999_999;

    private static readonly string[] MetadataColumns =
        ["PartitionKey", "RowKey", "DocumentId", "AgentId", "Direction", "Type", "Version", "Sha256", "ContentType", "BlobName", "ReceivedAt", "State", "ItemCount", "Inline", "CommitId"];

    private readonly TableClient _versions = layout.Tables.GetTableClient(layout.DocumentVersionsTable);
    private readonly BlobContainerClient _bodies = layout.Blobs.GetBlobContainerClient(layout.DocumentsContainer);
    private readonly DeliveryIndex _index = new(layout);
    private readonly HeadCache _heads = layout.Heads;

    /// <summary>The stable id of the document of one type and direction of a port call.</summary>
    public static string DocumentIdOf(string portCallId, string direction, string type) => $"{portCallId}-{direction}-{type}";

    /// <summary>The columns of a version row other than its inline body, for queries that list versions.</summary>
    internal static IReadOnlyList<string> Columns => MetadataColumns;

    /// <summary>
    /// Writes the head of a newly registered port call (after putting it in the delivery index, so its first version is
    /// found by the timer); a head that exists already (a retried registration) is left as it is.
    /// </summary>
    public async Task CreateHeadAsync(string portCallId, string agentId, string portCallJson, DateTimeOffset createdAt, CancellationToken cancellationToken = default)
    {
        await _index.MarkAsync(portCallId, cancellationToken).ConfigureAwait(false);
        var head = new PortCallHead
        {
            PortCallId = portCallId,
            AgentId = agentId,
            PortCallJson = portCallJson,
            CreatedAt = createdAt,
            Documents = new Dictionary<string, HeadDocument>(),
            Open = [],
            Indexed = true,
        };
        try
        {
            var created = await _versions.AddEntityAsync(HeadEntities.ToEntity(head), cancellationToken).ConfigureAwait(false);
            _heads.RememberWritten(head with { ETag = created.Headers.ETag ?? default });
        }
        catch (RequestFailedException e) when (StorageErrors.IsConflict(e))
        {
            // Written by an earlier attempt of the registration: as it is.
        }
    }

    /// <summary>The head of the port call, or null when none was written (an unknown port call, or one registered before heads).</summary>
    public async Task<PortCallHead?> ReadHeadAsync(string portCallId, CancellationToken cancellationToken = default)
    {
        if (!StorageKeys.IsValid(portCallId))
        {
            return null;
        }

        var entity = await _versions.FindAsync(portCallId, PortCallHead.RowKey, cancellationToken).ConfigureAwait(false);
        if (entity is null)
        {
            _heads.Remove(portCallId);
            return null;
        }

        var head = HeadEntities.FromEntity(entity);
        _heads.RememberRead(head);
        return head;
    }

    /// <summary>
    /// The head as this process last read or wrote it, without a round trip; null when not remembered. It may be stale:
    /// decide a commit on it only (<see cref="TryCommitAsync"/> is conditioned on its ETag), anything else on <see cref="ReadHeadAsync"/>.
    /// </summary>
    public PortCallHead? RecentHead(string portCallId) => _heads.Find(portCallId);

    /// <summary>
    /// A head for a port call whose versions were stored before heads existed, built from its latest versions; the first
    /// commit inserts it. The latest version of each document still on its way is open on it, so the timer finds it again;
    /// an older version left undelivered then is not.
    /// </summary>
    public async Task<PortCallHead> BuildHeadAsync(string portCallId, string agentId, CancellationToken cancellationToken = default)
    {
        var latest = await GetLatestVersionsAsync(portCallId, cancellationToken).ConfigureAwait(false);
        return new PortCallHead
        {
            PortCallId = portCallId,
            AgentId = agentId,
            Documents = latest.Where(version => !FilingKinds.IsFiling(version.Direction)).ToDictionary(version => PortCallHead.KeyOf(version.Direction, version.Type), version => ToHeadDocument(version, figures: null)),

            // The latest versions still on their way, so the timer finds them once the head is written.
            Open = [.. latest
                .Where(version => !FilingKinds.IsFiling(version.Direction) && !DeliveryStore.FinalStates.Contains(version.State))
                .OrderBy(version => version.ReceivedAt)
                .Take(PortCallHead.MaxOpenOnHead)
                .Select(version => new OpenItem(OpenItem.DocumentKind, PortCallHead.KeyOf(version.Direction, version.Type), version.Version))],
        };
    }

    /// <summary>
    /// Commits <paramref name="submission"/> as the next version unless the latest version already has the
    /// same body (then that one is returned) or <paramref name="precondition"/> rejects the current version.
    /// Concurrent submissions get consecutive versions: a lost race is decided again against the new head.
    /// </summary>
    public async Task<DocumentCommit> CommitAsync(
        DocumentSubmission submission,
        Func<DocumentVersion?, bool>? precondition = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        for (var attempt = 0; attempt < MaxCommitAttempts; attempt++)
        {
            var head = await ReadHeadAsync(submission.PortCallId, cancellationToken).ConfigureAwait(false)
                ?? await BuildHeadAsync(submission.PortCallId, submission.AgentId, cancellationToken).ConfigureAwait(false);
            if (await TryCommitAsync(head, submission, precondition, cancellationToken).ConfigureAwait(false) is { } commit)
            {
                return commit;
            }
        }

        throw new StoreContentionException($"Could not commit {DocumentIdOf(submission.PortCallId, submission.Direction, submission.Type)} after {MaxCommitAttempts} attempts.");
    }

    /// <summary>
    /// Decides <paramref name="submission"/> against <paramref name="head"/> as read (with whatever the caller added to it,
    /// e.g. the port call of a head built from old versions) and commits it; null when the head changed meanwhile, and the
    /// caller must read it again and decide anew.
    /// </summary>
    public async Task<DocumentCommit?> TryCommitAsync(
        PortCallHead head,
        DocumentSubmission submission,
        Func<DocumentVersion?, bool>? precondition = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(submission);
        var current = head.Document(submission.Direction, submission.Type) is { } latest ? ToVersion(head, submission.Direction, submission.Type, latest) : null;
        if (current?.Sha256 == submission.Sha256)
        {
            // Our own commit whose answer was lost, or another submission of the same body.
            return new DocumentCommit(current.CommitId == submission.CommitId ? DocumentCommitKind.Created : DocumentCommitKind.Existing, current);
        }

        if (precondition is not null && !precondition(current))
        {
            return new DocumentCommit(DocumentCommitKind.PreconditionFailed, current);
        }

        var (row, version) = PrepareVersion(submission, (current?.Version ?? 0) + 1);
        if (!version.IsInline)
        {
            await WriteBodyAsync(version, submission, cancellationToken).ConfigureAwait(false);
        }

        if (!head.Indexed)
        {
            // Before the version can be open, the timer must be able to find the port call.
            await _index.MarkAsync(head.PortCallId, cancellationToken).ConfigureAwait(false);
        }

        var key = PortCallHead.KeyOf(submission.Direction, submission.Type);
        var (opened, openRow) = head.Opening(new OpenItem(OpenItem.DocumentKind, key, version.Version));
        var next = opened with
        {
            Documents = new Dictionary<string, HeadDocument>(head.Documents) { [key] = ToHeadDocument(version, submission.Figures) },
            Indexed = true,
        };
        List<TableTransactionAction> transaction =
        [
            head.Exists
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, HeadEntities.ToEntity(next), head.ETag)
                : new TableTransactionAction(TableTransactionActionType.Add, HeadEntities.ToEntity(next)),
            new TableTransactionAction(TableTransactionActionType.Add, row),
        ];
        if (openRow is not null)
        {
            transaction.Add(new TableTransactionAction(TableTransactionActionType.Add, OpenRows.ToEntity(head.PortCallId, openRow)));
        }

        var remembered = false;
        try
        {
            var committed = await _versions.SubmitTransactionAsync(transaction, cancellationToken).ConfigureAwait(false);
            _heads.RememberWritten(next with { ETag = committed.Value[0].Headers.ETag ?? default, Timestamp = null });
            remembered = true;
            return new DocumentCommit(DocumentCommitKind.Created, version);
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            // Another commit changed the head (or took the number) first.
            return null;
        }
        finally
        {
            if (!remembered)
            {
                // Changed by someone else, or whether ours landed is unknown.
                _heads.Forget(head.PortCallId);
            }
        }
    }

    /// <summary>
    /// Version <paramref name="version"/> of <paramref name="submission"/> and its row, the body on the row when it fits
    /// (<see cref="InlineLimit"/>); otherwise <see cref="WriteBodyAsync"/> must store it before the row is committed.
    /// </summary>
    internal static (TableEntity Row, DocumentVersion Version) PrepareVersion(DocumentSubmission submission, int version)
    {
        var inline = submission.Content.ToMemory().Length <= InlineLimit;
        var prepared = ToVersion(submission, BlobNameOf(submission), version, inline);
        return (ToEntity(prepared, inline ? submission.Content : null), prepared);
    }

    /// <summary>Stores the body of a version too large for its row, create-only and content-addressed.</summary>
    internal async Task WriteBodyAsync(DocumentVersion version, DocumentSubmission submission, CancellationToken cancellationToken) =>
        // A blob that is there already holds exactly these bytes.
        await _bodies.GetBlobClient(version.BlobName).TryCreateAsync(
            submission.Content,
            submission.ContentType,
            new Dictionary<string, string> { ["sha256"] = submission.Sha256 },
            cancellationToken).ConfigureAwait(false);

    /// <summary>The latest version of one document, or null when none was accepted yet.</summary>
    public async Task<DocumentVersion?> GetLatestAsync(string portCallId, string direction, string type, CancellationToken cancellationToken = default)
    {
        await foreach (var entity in QueryVersionsAsync(portCallId, direction, type, pageSize: 1, MetadataColumns, cancellationToken).ConfigureAwait(false))
        {
            return FromEntity(entity);
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

    /// <summary>One version (the latest when <paramref name="version"/> is null) with its body: one read when the body is inline.</summary>
    public async Task<(DocumentVersion Version, BinaryData Content)?> ReadAsync(string portCallId, string direction, string type, int? version, CancellationToken cancellationToken = default)
    {
        TableEntity? entity = null;
        if (version is { } number)
        {
            entity = StorageKeys.IsValid(portCallId) && number >= 1
                ? await _versions.FindAsync(portCallId, RowKeyOf(direction, type, number), cancellationToken).ConfigureAwait(false)
                : null;
        }
        else
        {
            await foreach (var latest in QueryVersionsAsync(portCallId, direction, type, pageSize: 1, select: null, cancellationToken).ConfigureAwait(false))
            {
                entity = latest;
                break;
            }
        }

        if (entity is null)
        {
            return null;
        }

        var found = FromEntity(entity);
        return (found, InlineBodies.Read(entity) ?? await ReadContentAsync(found, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>All versions of one document, newest first, without their bodies.</summary>
    public async IAsyncEnumerable<DocumentVersion> ListVersionsAsync(
        string portCallId, string direction, string type, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var entity in QueryVersionsAsync(portCallId, direction, type, pageSize: null, MetadataColumns, cancellationToken).ConfigureAwait(false))
        {
            yield return FromEntity(entity);
        }
    }

    /// <summary>The latest version of every document of a port call, in no particular order, read by scanning its versions.</summary>
    public async Task<IReadOnlyList<DocumentVersion>> GetLatestVersionsAsync(string portCallId, CancellationToken cancellationToken = default)
    {
        var latest = new Dictionary<(string, string), DocumentVersion>();
        if (!StorageKeys.IsValid(portCallId))
        {
            return [];
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {portCallId} and RowKey ne {PortCallHead.RowKey}");
        await foreach (var entity in _versions.QueryAsync<TableEntity>(filter, layout.QueryPageSize, MetadataColumns, cancellationToken).ConfigureAwait(false))
        {
            if (OpenRows.IsOpenRow(entity.RowKey))
            {
                continue;
            }

            var version = FromEntity(entity);
            latest.TryAdd((version.Direction, version.Type), version);
        }

        return [.. latest.Values];
    }

    /// <summary>The raw body of <paramref name="version"/> exactly as it was received.</summary>
    public async Task<BinaryData> ReadContentAsync(DocumentVersion version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (version.IsInline)
        {
            var row = await _versions.FindAsync(version.PortCallId, RowKeyOf(version.Direction, version.Type, version.Version), cancellationToken).ConfigureAwait(false);
            return row is not null && InlineBodies.Read(row) is { } content
                ? content
                : throw new InvalidOperationException($"Body of {version.DocumentId} version {version.Version} is missing.");
        }

        var download = await _bodies.GetBlobClient(version.BlobName).DownloadIfExistsAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Body of {version.DocumentId} version {version.Version} is missing.");
        return download.Content;
    }

    /// <summary>The version the head names as latest of its document, as a receipt shows it.</summary>
    public static DocumentVersion ToVersion(PortCallHead head, string direction, string type, HeadDocument document)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentVersion
        {
            DocumentId = DocumentIdOf(head.PortCallId, direction, type),
            PortCallId = head.PortCallId,
            AgentId = head.AgentId,
            Direction = direction,
            Type = type,
            Version = document.Version,
            Sha256 = document.Sha256,
            ContentType = document.ContentType,
            BlobName = document.BlobName,
            ReceivedAt = document.ReceivedAt,
            State = document.State,
            ItemCount = document.ItemCount,
            IsInline = document.Inline,
            CommitId = document.CommitId,
        };
    }

    internal static HeadDocument ToHeadDocument(DocumentVersion version, DeclaredFigures? figures) => new()
    {
        Version = version.Version,
        Sha256 = version.Sha256,
        State = version.State,
        ReceivedAt = version.ReceivedAt,
        ContentType = version.ContentType,
        BlobName = version.BlobName,
        CommitId = version.CommitId ?? string.Empty,
        ItemCount = version.ItemCount,
        Inline = version.IsInline,
        Figures = figures,
    };

    internal static string RowKeyOf(string direction, string type, int version) =>
        $"{direction}|{type}|{(VersionCeiling - version).ToString("D10", CultureInfo.InvariantCulture)}";

    internal static DocumentVersion FromEntity(TableEntity entity)
    {
        var inline = entity.GetBoolean("Inline") ?? false;
        return new()
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
            IsInline = inline,
            CommitId = entity.GetString("CommitId"),
        };
    }

    private async IAsyncEnumerable<TableEntity> QueryVersionsAsync(
        string portCallId,
        string direction,
        string type,
        int? pageSize,
        IEnumerable<string>? select,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!StorageKeys.IsValid(portCallId))
        {
            yield break;
        }

        var from = $"{direction}|{type}|";
        var to = $"{direction}|{type}}}";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {portCallId} and RowKey gt {from} and RowKey lt {to}");
        await foreach (var entity in _versions.QueryAsync<TableEntity>(filter, pageSize ?? layout.QueryPageSize, select, cancellationToken).ConfigureAwait(false))
        {
            yield return entity;
        }
    }

    /// <summary>Where a body too large for its row is kept: content-addressed under its owner, port call, kind and id.</summary>
    internal static string BlobNameOf(DocumentSubmission submission) =>
        $"{submission.AgentId}/{submission.PortCallId}/{submission.Direction}/{submission.Type}/{submission.Sha256}.{submission.Extension}";

    internal static DocumentVersion ToVersion(DocumentSubmission submission, string blobName, int version, bool inline) => new()
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
        ReceivedAt = StorageTime.Normalize(submission.ReceivedAt),
        State = AcceptedState,
        ItemCount = submission.ItemCount,
        IsInline = inline,
        CommitId = submission.CommitId,
    };

    internal static TableEntity ToEntity(DocumentVersion version, BinaryData? inlineContent)
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
            ["Inline"] = inlineContent is not null,
            ["CommitId"] = version.CommitId,
        };
        if (version.ItemCount is { } count)
        {
            entity["ItemCount"] = count;
        }

        if (inlineContent is not null)
        {
            InlineBodies.Write(entity, inlineContent);
        }

        return entity;
    }
}
