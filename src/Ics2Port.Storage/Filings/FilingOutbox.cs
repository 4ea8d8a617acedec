using Azure.Data.Tables;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Heads;
using Ics2Port.Storage.Layout;

namespace Ics2Port.Storage.Filings;

/// <summary>
/// Puts a permit application or a supply version on the port system's way: a version row in the port call's partition
/// (body inline as documents have it), its open row and the head, in one transaction conditioned on the head's ETag.
/// From there the delivery, the timer, the fallback channels and re-entry treat it as they treat a document version.
/// The filing's own store keeps what the filing is (decisions, proofs); this row keeps what the port system was given.
/// </summary>
public sealed class FilingOutbox(StorageLayout layout)
{
    private const int MaxCommitAttempts = 100;

    private readonly TableClient _versions = layout.Tables.GetTableClient(layout.DocumentVersionsTable);
    private readonly DocumentStore _documents = new(layout);
    private readonly DeliveryIndex _index = new(layout);
    private readonly HeadCache _heads = layout.Heads;

    /// <summary>
    /// Stores <paramref name="submission"/> as version <paramref name="version"/> of the filing
    /// (<see cref="DocumentSubmission.Direction"/> its kind, <see cref="DocumentSubmission.Type"/> its id). A version stored
    /// before with the same body is answered as it stands; one with another body throws.
    /// </summary>
    public async Task<DocumentVersion> PutAsync(DocumentSubmission submission, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (!FilingKinds.IsFiling(submission.Direction))
        {
            throw new ArgumentException($"'{submission.Direction}' is not a filing kind.", nameof(submission));
        }

        for (var attempt = 0; attempt < MaxCommitAttempts; attempt++)
        {
            // Read only after a lost transaction: a row stored meanwhile fails the insert (409), so the usual first put
            // needs no read of its own.
            if (attempt > 0 && await GetAsync(submission, version, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                return stored;
            }

            // A port call registered before heads gets the head its first document commit would insert.
            var head = await _documents.ReadHeadAsync(submission.PortCallId, cancellationToken).ConfigureAwait(false)
                ?? await _documents.BuildHeadAsync(submission.PortCallId, submission.AgentId, cancellationToken).ConfigureAwait(false);
            if (!head.Indexed)
            {
                // Before the filing can be open, the timer must be able to find the port call.
                await _index.MarkAsync(head.PortCallId, cancellationToken).ConfigureAwait(false);
            }

            var (row, filed) = DocumentStore.PrepareVersion(submission, version);
            if (!filed.IsInline)
            {
                await _documents.WriteBodyAsync(filed, submission, cancellationToken).ConfigureAwait(false);
            }

            // The head is written (its documents unchanged) so that a timer retiring the port call meanwhile fails on its ETag;
            // it lists the filing as open while it has room, or the filing gets an open row.
            var (opened, openRow) = head.Opening(new OpenItem(OpenItem.DocumentKind, PortCallHead.KeyOf(filed.Direction, filed.Type), version));
            var next = opened with { Indexed = true };
            List<TableTransactionAction> transaction =
            [
                head.Exists
                    ? new(TableTransactionActionType.UpdateReplace, HeadEntities.ToEntity(next), head.ETag)
                    : new(TableTransactionActionType.Add, HeadEntities.ToEntity(next)),
                new(TableTransactionActionType.Add, row),
            ];
            if (openRow is not null)
            {
                transaction.Add(new(TableTransactionActionType.Add, OpenRows.ToEntity(head.PortCallId, openRow)));
            }

            var remembered = false;
            try
            {
                var committed = await _versions.SubmitTransactionAsync(transaction, cancellationToken).ConfigureAwait(false);
                _heads.RememberWritten(next with { ETag = committed.Value[0].Headers.ETag ?? default, Timestamp = null });
                remembered = true;
                return filed;
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
            {
                // The head changed, or the version was stored meanwhile: read again and decide anew.
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

        throw new StoreContentionException($"Could not put {submission.Direction} {submission.Type} of {submission.PortCallId} on its way after {MaxCommitAttempts} attempts.");
    }

    /// <summary>The stored version of a filing with its delivery state, or null when it was not put on its way.</summary>
    public Task<DocumentVersion?> FindAsync(string portCallId, string kind, string filingId, int version, CancellationToken cancellationToken = default) =>
        FilingKinds.IsFiling(kind) && StorageKeys.IsValid(filingId)
            ? _documents.GetVersionAsync(portCallId, kind, filingId, version, cancellationToken)
            : Task.FromResult<DocumentVersion?>(null);

    private async Task<DocumentVersion?> GetAsync(DocumentSubmission submission, int version, CancellationToken cancellationToken)
    {
        var stored = await _documents.GetVersionAsync(submission.PortCallId, submission.Direction, submission.Type, version, cancellationToken).ConfigureAwait(false);
        return stored is null || stored.Sha256 == submission.Sha256
            ? stored
            : throw new InvalidOperationException($"{submission.Direction} {submission.Type} version {version} of {submission.PortCallId} is stored with another body.");
    }
}
