namespace Ics2Port.Functions.Fallback.Delivery;

using Ics2Port.Domain.Fallback;
using Ics2Port.Functions.Common;
using Ics2Port.Functions.Fallback.Cases;
using Ics2Port.Storage.Deliveries;
using Ics2Port.Storage.Layout;

/// <summary>
/// Runs one attempt on a case as claim → act → record. The claim writes the attempt as <c>started</c> with
/// <c>If-Match</c> before anything leaves Ics2Port, so of two workers holding the same read only one acts; the
/// record after the act retries on a fresh read until it lands. A worker that dies between act and record leaves
/// the attempt <c>started</c>, and the next lease holder repeats it with the same number (the same Message-ID,
/// idempotency key, document version), so a crash costs at most one repeat.
/// </summary>
public sealed class CaseAttempts(DeliveryStore deliveries, TimeProvider time, ILogger<CaseAttempts> logger)
{
    private const int MaxRecordAttempts = 20;

    /// <summary>
    /// Claims an attempt on <paramref name="channel"/> and runs <paramref name="act"/> for it. With <paramref name="holdsLease"/>
    /// an attempt on the channel left started by an ended run is resumed instead of a new one begun. Null when another
    /// worker changed the case first (nothing was done). <paramref name="referenceFor"/> names, from the attempt number,
    /// the reference recorded with the claim (the Message-ID an e-mail will carry), before anything is sent.
    /// </summary>
    public async Task<DeliveryRecord?> RunAsync(
        DeliveryRecord record,
        string channel,
        string claimedBy,
        bool holdsLease,
        Func<DeliveryAttempt, CancellationToken, Task<AttemptResult>> act,
        CancellationToken cancellationToken,
        Func<int, string?>? referenceFor = null)
    {
        var caseId = CaseIds.Of(record.Document);
        var abandoned = holdsLease ? DeliveryCases.Started(record, channel) : null;
        var (claim, attempt) = abandoned is not null && abandoned.ClaimedBy != claimedBy
            ? DeliveryCases.Resume(record, abandoned, claimedBy)
            : DeliveryCases.Start(record, channel, time.ReceivedNow(), claimedBy, closeAbandoned: holdsLease, referenceFor);
        var claimed = await deliveries.TryUpdateAsync(claim, cancellationToken);
        if (claimed is null)
        {
            return null;
        }

        if (attempt.Resumptions > 0)
        {
            FallbackLog.Resuming(logger, caseId, attempt.Number, channel);
        }

        // Last check before anything leaves: a run told to stop (its lease may expire) sends nothing; the next lease holder resumes the attempt.
        cancellationToken.ThrowIfCancellationRequested();
        var result = await act(attempt, cancellationToken);
        var recorded = await RecordAsync(claimed, attempt.Number, result, cancellationToken);
        FallbackLog.Attempted(logger, caseId, channel, attempt.Number, result.Outcome, result.Error is null ? string.Empty : ": " + result.Error);
        if (recorded.State != record.State)
        {
            FallbackLog.Moved(logger, caseId, record.State, recorded.State);
        }

        return recorded;
    }

    /// <summary>Records an attempt that needed no claim (nothing left Ics2Port, or a person reports it). Null when the case changed first.</summary>
    public async Task<DeliveryRecord?> RecordAsync(DeliveryRecord record, string channel, AttemptResult result, string claimedBy, CancellationToken cancellationToken)
    {
        var saved = await deliveries.TryUpdateAsync(DeliveryCases.Record(record, channel, result, time.ReceivedNow(), claimedBy), cancellationToken);
        if (saved is not null)
        {
            var caseId = CaseIds.Of(record.Document);
            FallbackLog.Attempted(logger, caseId, channel, saved.Attempts[^1].Number, result.Outcome, result.Error is null ? string.Empty : ": " + result.Error);
            if (saved.State != record.State)
            {
                FallbackLog.Moved(logger, caseId, record.State, saved.State);
            }
        }

        return saved;
    }

    /// <summary>Moves the case by <paramref name="event"/> without an attempt; null when the case changed first or the state does not allow it.</summary>
    public async Task<DeliveryRecord?> MoveAsync(DeliveryRecord record, FallbackEvent @event, string? outageId, CancellationToken cancellationToken)
    {
        var moved = DeliveryCases.Apply(record, @event, time.ReceivedNow(), outageId);
        if (!moved.Succeeded)
        {
            return null;
        }

        var saved = await deliveries.TryUpdateAsync(moved.Value, cancellationToken);
        if (saved is not null)
        {
            var caseId = CaseIds.Of(record.Document);
            FallbackLog.Moved(logger, caseId, record.State, saved.State);
        }

        return saved;
    }

    private async Task<DeliveryRecord> RecordAsync(DeliveryRecord claimed, int number, AttemptResult result, CancellationToken cancellationToken)
    {
        var current = claimed;
        for (var attempt = 0; attempt < MaxRecordAttempts; attempt++)
        {
            // The act is done: its outcome must be recorded even if the caller has given up waiting.
            var saved = await deliveries.TryUpdateAsync(DeliveryCases.Finish(current, number, result, time.ReceivedNow()), CancellationToken.None);
            if (saved is not null)
            {
                return saved;
            }

            current = await deliveries.RefreshAsync(current, CancellationToken.None)
                ?? throw new InvalidOperationException($"Case {CaseIds.Of(claimed.Document)} vanished while attempt {number} was recorded.");
            if (current.Attempts.All(a => a.Number != number))
            {
                throw new InvalidOperationException($"Case {CaseIds.Of(claimed.Document)} lost attempt {number} while it was recorded.");
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        throw new StoreContentionException($"Case {CaseIds.Of(claimed.Document)}: attempt {number} could not be recorded.");
    }
}
