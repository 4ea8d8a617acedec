namespace Ics2Port.Functions.Fallback.Workflow;

using Ics2Port.Domain.Fallback;
using Ics2Port.Functions.Common;
using Ics2Port.Functions.Fallback.Availability;
using Ics2Port.Functions.Fallback.Cases;
using Ics2Port.Functions.Fallback.Channels;
using Ics2Port.Functions.Fallback.Delivery;
using Ics2Port.Storage.Deliveries;
using Ics2Port.Storage.Layout;
using Ics2Port.Storage.Outages;
using Microsoft.Extensions.Options;

/// <summary>
/// One run of the timer-driven workflow, as the only holder of its lease. It closes a detected outage the port system
/// has recovered from, then takes every open case one step at a time through the state table:
/// while the port system is unavailable (FB-TRIGGER) <c>accepted</c> → <c>pending</c> → an EDS letter to the port's
/// control point (FB-1-EDS) or, when the EDS fails, a signed e-mail to it (FB-2-EMAIL) or, when e-mail cannot be
/// used, in person (FB-3-IN-PERSON); once it is available, <c>accepted</c>/<c>pending</c> are delivered and every
/// fallback case is re-entered (FB-REENTRY).
/// </summary>
public sealed class FallbackWorkflow(
    StorageLayout layout,
    DeliveryStore deliveries,
    DocumentDelivery delivery,
    CaseAttempts attempts,
    CaseDocuments caseDocuments,
    PortSystemAvailability availability,
    FallbackChannels channels,
    TimeProvider time,
    IOptions<FallbackOptions> options,
    ILogger<FallbackWorkflow> logger)
{
    private const int MaxStepsPerCase = 4;

    public async Task<FallbackRunReport> RunAsync(string runId, CancellationToken cancellationToken)
    {
        await using var lease = await WorkflowLease.TryAcquireAsync(layout, options.Value.LeaseDuration, time, logger, cancellationToken);
        if (lease is null)
        {
            FallbackLog.LeaseHeldElsewhere(logger, runId);
            return FallbackRunReport.Skipped();
        }

        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
        var token = run.Token;
        var report = new FallbackRunReport();
        var status = await CloseRecoveredOutageAsync(await availability.CurrentAsync(token), report, token);
        var open = await deliveries.ListOpenAsync(options.Value.IndexRetention, time.GetUtcNow(), token);
        report.Cases = open.Count;
        foreach (var record in open)
        {
            token.ThrowIfCancellationRequested();
            try
            {
                status = await AdvanceAsync(record, status, runId, report, token);
            }
            catch (Exception e) when (!token.IsCancellationRequested)
            {
                // One case's fault is that case's: it is logged and counted, and the run goes on with the next case.
                // An attempt it left started is taken up by the next run with the same reference.
                var caseId = CaseIds.Of(record.Document);
                FallbackLog.CaseFailed(logger, e, caseId, runId);
                report.Count("failed");
                report.Note($"Case {caseId} failed in this run: {e.GetType().Name}; the next run tries it again.");
            }
        }

        return report;
    }

    // A detected outage ends when the port system answers its status check; an announced one only when the authority says so.
    private async Task<PortSystemStatusRecord> CloseRecoveredOutageAsync(PortSystemStatusRecord status, FallbackRunReport report, CancellationToken cancellationToken)
    {
        if (status.Available || status.Outage is not { Source: OutageSources.Detected } detected
            || channels.PortSystem is not { } portSystem || !await portSystem.ProbeAsync(cancellationToken))
        {
            return status;
        }

        await availability.CloseDetectedAsync(detected.OutageId, cancellationToken);
        report.Note($"Outage {detected.OutageId} (detected) closed: the port system answers its status check.");
        return await availability.CurrentAsync(cancellationToken);
    }

    private async Task<PortSystemStatusRecord> AdvanceAsync(
        DeliveryRecord record, PortSystemStatusRecord status, string runId, FallbackRunReport report, CancellationToken cancellationToken)
    {
        var current = record;
        for (var step = 0; step < MaxStepsPerCase; step++)
        {
            var before = current;
            var next = await StepAsync(current, status, runId, report, cancellationToken);
            if (next is null)
            {
                break;
            }

            current = next;
            if (current.Attempts.Count > before.Attempts.Count && current.Attempts[^1].Outcome == AttemptOutcomes.Unavailable
                && current.Attempts[^1].Channel is AttemptChannels.PortSystem or AttemptChannels.Reentry)
            {
                // A failed delivery may have opened a detected outage: the next cases go the fallback way.
                status = await availability.CurrentAsync(cancellationToken);
            }

            if (current.State == before.State)
            {
                break;
            }
        }

        return status;
    }

    private async Task<DeliveryRecord?> StepAsync(
        DeliveryRecord record, PortSystemStatusRecord status, string runId, FallbackRunReport report, CancellationToken cancellationToken)
    {
        var state = DeliveryCases.StateOf(record);
        if (state is DeliveryState.Delivered or DeliveryState.Reentered or DeliveryState.Refused)
        {
            return null;
        }

        if (RefusedBefore(record))
        {
            // Refused while a refusal still left the state as it was: closed now, before an outage could send it on.
            return Counted(report, record, await attempts.MoveAsync(record, FallbackEvent.RefusedByPortSystem, null, cancellationToken));
        }

        if (status.Available)
        {
            if (!CanDeliver(record) || (state == DeliveryState.Accepted && record.Document.ReceivedAt > time.ReceivedNow() - options.Value.AcceptedGracePeriod))
            {
                return null;
            }

            return Counted(report, record, await delivery.DeliverAsync(record, runId, holdsLease: true, channels.PortSystemSettings.RequestTimeout, cancellationToken));
        }

        return state switch
        {
            DeliveryState.Accepted => Counted(report, record, await attempts.MoveAsync(record, FallbackEvent.PortSystemUnavailable, status.Outage?.OutageId, cancellationToken)),
            DeliveryState.Pending => Counted(report, record, await SendLetterAsync(record, runId, cancellationToken)),
            DeliveryState.FallbackEmail when !EmailSent(record) => Counted(report, record, await SendEmailAsync(record, runId, cancellationToken)),
            _ => null,
        };
    }

    private bool CanDeliver(DeliveryRecord record) => channels.PortSystem is not null;

    // A refusal by the port system (4xx) is final: the document needs a new version, never the fallback.
    private static bool RefusedBefore(DeliveryRecord record) =>
        record.Attempts.LastOrDefault(a => a.Channel is AttemptChannels.PortSystem or AttemptChannels.Reentry)?.Outcome == AttemptOutcomes.Rejected;

    private async Task<DeliveryRecord?> SendLetterAsync(DeliveryRecord record, string runId, CancellationToken cancellationToken)
    {
        if (channels.Eds is not { } eds)
        {
            return await attempts.RecordAsync(
                record, AttemptChannels.Eds, new AttemptResult(AttemptOutcomes.NotUsable, FallbackEvent.EdsFailed, "No EDS is configured (Ics2Port:Eds:BaseUrl)."), runId, cancellationToken);
        }

        var context = await caseDocuments.LoadAsync(record.Document, cancellationToken);
        if (context.ControlPoint.Error is { } where)
        {
            return await attempts.RecordAsync(record, AttemptChannels.Eds, new AttemptResult(AttemptOutcomes.NotUsable, FallbackEvent.EdsFailed, where.Message), runId, cancellationToken);
        }

        var letter = EdsLetter.ForDocument(context.ControlPoint.Value, context.PortCall, context.Document, context.File);
        return await attempts.RunAsync(
            record,
            AttemptChannels.Eds,
            runId,
            holdsLease: true,
            async (_, token) =>
            {
                // The letter's idempotency key is the document version, so a repeat after a crash files no second letter.
                var outcome = await eds.SendLetterAsync(letter, token);
                return outcome.Succeeded
                    ? new AttemptResult(AttemptOutcomes.Sent, FallbackEvent.EdsLetterSent, Reference: outcome.Reference)
                    : new AttemptResult(AttemptOutcomes.Of(outcome.Kind, AttemptOutcomes.Sent), FallbackEvent.EdsFailed, outcome.Message);
            },
            cancellationToken,
            _ => letter.IdempotencyKey);
    }

    // Customs have the document by e-mail already: ours, or the agent's own that the fallback inbox took in.
    private static bool EmailSent(DeliveryRecord record) =>
        record.Attempts.Any(a => a.Channel == AttemptChannels.Email && a.Outcome is AttemptOutcomes.Sent or AttemptOutcomes.Received);

    private async Task<DeliveryRecord?> SendEmailAsync(DeliveryRecord record, string runId, CancellationToken cancellationToken)
    {
        var mailer = channels.Mailer;
        if (mailer.UnusableReason is { } reason)
        {
            return await attempts.RecordAsync(record, AttemptChannels.Email, new AttemptResult(AttemptOutcomes.NotUsable, FallbackEvent.EmailUnusable, reason), runId, cancellationToken);
        }

        var context = await caseDocuments.LoadAsync(record.Document, cancellationToken);
        if (context.ControlPoint.Error is { } where)
        {
            return await attempts.RecordAsync(record, AttemptChannels.Email, new AttemptResult(AttemptOutcomes.NotUsable, FallbackEvent.EmailUnusable, where.Message), runId, cancellationToken);
        }

        var failedBefore = record.Attempts.Count(a => a.Channel == AttemptChannels.Email && a.Outcome == AttemptOutcomes.Unavailable);
        return await attempts.RunAsync(
            record,
            AttemptChannels.Email,
            runId,
            holdsLease: true,
            async (attempt, token) =>
            {
                var outcome = await mailer.SendAsync(
                    new FallbackEmail(context.ControlPoint.Value, context.PortCall, context.Document, context.File, context.CaseId, attempt.Number), token);
                return outcome.Kind switch
                {
                    ChannelOutcomeKind.Succeeded => new AttemptResult(AttemptOutcomes.Sent, FallbackEvent.SignedEmailSent, Reference: outcome.Reference),
                    ChannelOutcomeKind.Unavailable => new AttemptResult(
                        AttemptOutcomes.Unavailable,
                        failedBefore + 1 >= options.Value.MaxEmailAttempts ? FallbackEvent.EmailUnusable : null,
                        outcome.Message),
                    _ => new AttemptResult(AttemptOutcomes.Of(outcome.Kind, AttemptOutcomes.Sent), FallbackEvent.EmailUnusable, outcome.Message),
                };
            },
            cancellationToken,
            number => mailer.MessageIdFor(context.CaseId, number));
    }

    private static DeliveryRecord? Counted(FallbackRunReport report, DeliveryRecord before, DeliveryRecord? after)
    {
        if (after is null)
        {
            report.Count("skipped (changed by another worker)");
            return null;
        }

        var attempt = after.Attempts.LastOrDefault(a => before.Attempts.All(earlier => earlier.Number != a.Number || earlier.Outcome != a.Outcome));
        report.Count(attempt is null ? $"moved to {after.State}" : $"{attempt.Channel} {attempt.Outcome}");
        return after;
    }
}
