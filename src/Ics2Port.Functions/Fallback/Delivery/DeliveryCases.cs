namespace Ics2Port.Functions.Fallback.Delivery;

using Ics2Port.Domain.Fallback;
using Ics2Port.Storage.Deliveries;

/// <summary>
/// Changes to one delivery record, computed without I/O: attempts start, resume and finish, and the state moves only
/// by <see cref="FallbackStateMachine"/>. The first move into pending or a fallback state opens the fallback case.
/// </summary>
public static class DeliveryCases
{
    public static DeliveryState StateOf(DeliveryRecord record) =>
        DeliveryStates.TryParse(record.State, out var state)
            ? state
            : throw new InvalidOperationException($"Document {record.Document.DocumentId} version {record.Document.Version} has the unknown state '{record.State}'.");

    /// <summary>The attempt on <paramref name="channel"/> left <c>started</c>, if any.</summary>
    public static DeliveryAttempt? Started(DeliveryRecord record, string channel) =>
        record.Attempts.LastOrDefault(attempt => attempt.Channel == channel && attempt.Outcome == AttemptOutcomes.Started);

    /// <summary>
    /// A new attempt on <paramref name="channel"/>, numbered after every earlier one. With <paramref name="closeAbandoned"/>
    /// (the caller holds the workflow lease, so no other worker is mid-attempt) attempts of other channels left
    /// <c>started</c> by a dead run are closed as <c>unknown</c>.
    /// </summary>
    public static (DeliveryRecord Record, DeliveryAttempt Attempt) Start(
        DeliveryRecord record, string channel, DateTimeOffset now, string claimedBy, bool closeAbandoned, Func<int, string?>? referenceFor = null)
    {
        var number = record.Attempts.Count == 0 ? 1 : record.Attempts.Max(a => a.Number) + 1;
        var attempt = new DeliveryAttempt
        {
            Number = number,
            Channel = channel,
            Outcome = AttemptOutcomes.Started,
            StartedAt = now,
            ClaimedBy = claimedBy,
            Reference = referenceFor?.Invoke(number),
        };
        var earlier = closeAbandoned
            ? record.Attempts.Select(a => a.Outcome == AttemptOutcomes.Started
                ? a with { Outcome = AttemptOutcomes.Unknown, FinishedAt = now, Error = "The run that made this attempt ended before recording its outcome." }
                : a)
            : record.Attempts;
        return (record with { Attempts = [.. earlier, attempt] }, attempt);
    }

    /// <summary>Takes over <paramref name="attempt"/>, left started by a run that ended, to repeat it with the same number and reference.</summary>
    public static (DeliveryRecord Record, DeliveryAttempt Attempt) Resume(DeliveryRecord record, DeliveryAttempt attempt, string claimedBy)
    {
        var resumed = attempt with { ClaimedBy = claimedBy, Resumptions = attempt.Resumptions + 1 };
        return (Replace(record, resumed), resumed);
    }

    /// <summary>
    /// Records the outcome of attempt <paramref name="number"/> and applies the result's event. An event the state does
    /// not allow leaves the state as it is and is said in the attempt's error.
    /// </summary>
    public static DeliveryRecord Finish(DeliveryRecord record, int number, AttemptResult result, DateTimeOffset now)
    {
        var attempt = record.Attempts.Single(a => a.Number == number);
        var moved = result.Event is { } @event ? Apply(record, @event, now, result.OutageId) : new FallbackResult<DeliveryRecord>(record);
        var error = moved.Succeeded ? result.Error : string.Join(" ", new[] { result.Error, moved.Error!.Message }.OfType<string>());
        var finished = attempt with { Outcome = result.Outcome, FinishedAt = now, Error = error, Reference = result.Reference ?? attempt.Reference };
        return Replace(moved.Succeeded ? moved.Value : record, finished);
    }

    /// <summary>A finished attempt recorded at once, for channels that need no claim (a hand-over, an unusable channel).</summary>
    public static DeliveryRecord Record(DeliveryRecord record, string channel, AttemptResult result, DateTimeOffset now, string claimedBy)
    {
        var (started, attempt) = Start(record, channel, now, claimedBy, closeAbandoned: false);
        return Finish(started, attempt.Number, result, now);
    }

    /// <summary>The record after <paramref name="event"/>, or the state machine's error.</summary>
    public static FallbackResult<DeliveryRecord> Apply(DeliveryRecord record, FallbackEvent @event, DateTimeOffset now, string? outageId)
    {
        var next = FallbackStateMachine.Apply(StateOf(record), @event);
        if (!next.Succeeded)
        {
            return new FallbackResult<DeliveryRecord>(next.Error!);
        }

        var opensCase = record.CaseOpenedAt is null && next.Value is not (DeliveryState.Accepted or DeliveryState.Delivered or DeliveryState.Refused);
        return new FallbackResult<DeliveryRecord>(record with
        {
            Document = record.Document with { State = next.Value.ToWire() },
            CaseOpenedAt = opensCase ? now : record.CaseOpenedAt,
            OutageId = opensCase ? outageId : record.OutageId,
        });
    }

    private static DeliveryRecord Replace(DeliveryRecord record, DeliveryAttempt attempt) =>
        record with { Attempts = [.. record.Attempts.Select(a => a.Number == attempt.Number ? attempt : a)] };
}
