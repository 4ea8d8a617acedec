namespace Ics2Port.Functions.Fallback.Delivery;

using Ics2Port.Domain.Fallback;
using Ics2Port.Functions.Fallback.Availability;
using Ics2Port.Functions.Fallback.Channels;
using Ics2Port.Storage.Deliveries;
using Ics2Port.Storage.Documents;

/// <summary>
/// Passes document versions, permit applications and ship supplies to the port system: right after a new version is committed (off the request, see
/// <see cref="NewVersionDelivery"/>), by
/// the timer for what is still <c>accepted</c> or <c>pending</c>, and as re-entry of fallback cases after restoration
/// (FB-REENTRY). The port system takes the same id and version any number of times, so a repeat after a crash
/// is harmless there; the claim keeps two workers from sending at once.
/// </summary>
public sealed class DocumentDelivery(
    DeliveryStore deliveries,
    DocumentStore documents,
    CaseAttempts attempts,
    PortSystemAvailability availability,
    FallbackChannels channels,
    IEnumerable<IPortSystemAnswers> answers)
{
    public const string SubmissionClaim = "submission";

    /// <summary>
    /// Right after a version was committed: during a known outage it becomes <c>pending</c> at once (FB-TRIGGER); otherwise
    /// it is delivered, waiting at most <see cref="PortSystemOptions.RequestTimeout"/>, and ends <c>delivered</c> or
    /// <c>pending</c>. Without a configured port system it stays <c>accepted</c>. Answers the version as it now stands.
    /// </summary>
    public async Task<DocumentVersion> DeliverNewVersionAsync(DocumentVersion version, CancellationToken cancellationToken)
    {
        if (channels.PortSystem is null
            || await deliveries.GetAsync(version.PortCallId, version.Direction, version.Type, version.Version, cancellationToken) is not { } record
            || DeliveryCases.StateOf(record) != DeliveryState.Accepted)
        {
            return version;
        }

        var status = await availability.CurrentAsync(cancellationToken);
        var after = status.Available
            ? await DeliverAsync(record, SubmissionClaim, holdsLease: false, channels.PortSystemSettings.RequestTimeout, cancellationToken)
            : await attempts.MoveAsync(record, FallbackEvent.PortSystemUnavailable, status.Outage?.OutageId, cancellationToken);

        // Null: the timer took the case meanwhile; answer whatever it made of it.
        after ??= await deliveries.RefreshAsync(record, cancellationToken);
        return after?.Document ?? version;
    }

    /// <summary>
    /// Delivers an <c>accepted</c> or <c>pending</c> case, or re-enters a fallback case, waiting at most <paramref name="timeout"/>.
    /// Null when another worker changed the case first.
    /// </summary>
    public Task<DeliveryRecord?> DeliverAsync(DeliveryRecord record, string claimedBy, bool holdsLease, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var client = channels.PortSystem ?? throw new InvalidOperationException("No port system is configured.");
        var state = DeliveryCases.StateOf(record);
        var (channel, success) = state.IsFallback()
            ? (AttemptChannels.Reentry, FallbackEvent.ReenteredInPortSystem)
            : (AttemptChannels.PortSystem, FallbackEvent.DeliveredToPortSystem);
        return attempts.RunAsync(record, channel, claimedBy, holdsLease, async (_, token) =>
        {
            var content = await documents.ReadContentAsync(record.Document, token);
            var outcome = await client.DeliverAsync(DeliveredVersions.ToDelivery(record.Document, content), timeout, token);
            switch (outcome.Kind)
            {
                case ChannelOutcomeKind.Succeeded:
                    if (outcome.Answer is { } answer)
                    {
                        foreach (var taker in answers)
                        {
                            await taker.TakeAsync(record.Document, answer, token);
                        }
                    }

                    await availability.RecordSuccessAsync(token);
                    return new AttemptResult(AttemptOutcomes.Delivered, success);
                case ChannelOutcomeKind.Unavailable:
                    var status = await availability.RecordFailureAsync(outcome.Message ?? "unavailable", token);
                    // FB-TRIGGER for what was never delivered; a fallback case simply waits for the next run.
                    var failed = state is DeliveryState.Accepted or DeliveryState.Pending ? FallbackEvent.PortSystemUnavailable : (FallbackEvent?)null;
                    return new AttemptResult(AttemptOutcomes.Unavailable, failed, outcome.Message, OutageId: status.Outage?.OutageId);
                case ChannelOutcomeKind.Rejected:
                    // A refusal is final: the version is closed as refused and never goes the fallback way.
                    return new AttemptResult(AttemptOutcomes.Rejected, FallbackEvent.RefusedByPortSystem, outcome.Message);
                default:
                    return new AttemptResult(AttemptOutcomes.Of(outcome.Kind, AttemptOutcomes.Delivered), null, outcome.Message);
            }
        }, cancellationToken);
    }
}
