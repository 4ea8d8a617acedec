namespace Ics2Port.Functions.Fallback.Availability;

using System.Globalization;
using Ics2Port.Domain.Common;
using Ics2Port.Functions.Access;
using Ics2Port.Functions.Common;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Problems;
using Ics2Port.Storage.Layout;
using Ics2Port.Storage.Outages;
using Microsoft.Extensions.Options;

/// <summary>
/// Whether the port system can take documents (FB-TRIGGER): outages the authority announces and restores, and
/// outages detected when deliveries fail <see cref="FallbackOptions.FailuresBeforeOutage"/> times in a row, which a
/// successful status check closes. Every change of the status row is conditional, so concurrent reports never
/// open two outages or lose a count.
/// </summary>
public sealed class PortSystemAvailability(OutageStore store, TimeProvider time, IOptions<FallbackOptions> options, ILogger<PortSystemAvailability> logger)
{
    private const int MaxWriteAttempts = 50;

    public Task<PortSystemStatusRecord> CurrentAsync(CancellationToken cancellationToken) => store.GetStatusAsync(cancellationToken);

    public async Task<ApiOutcome> StatusAsync(CancellationToken cancellationToken) =>
        ApiOutcome.Ok(SystemStatusView.From(await store.GetStatusAsync(cancellationToken)));

    public async Task<ApiOutcome> GetOutageAsync(string outageId, CancellationToken cancellationToken) =>
        await FindOutageAsync(outageId, cancellationToken) is { } outage
            ? ApiOutcome.Ok(OutageView.From(outage))
            : NoSuchOutage(outageId);

    /// <summary>
    /// Records the helpdesk's announcement: 201 with a new outage, or 200 with the outage already open (a detected
    /// one becomes announced, so that only the authority ends it).
    /// </summary>
    public async Task<ApiOutcome> AnnounceAsync(Principal principal, string? contentType, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (principal.Kind != PrincipalKind.Authority)
        {
            return ApiProblems.Forbidden("Only the authority records outages.");
        }

        var (announcement, problem) = RequestJson.Read<OutageAnnouncement>(contentType, body);
        if (problem is not null)
        {
            return problem;
        }

        var (announcedAt, findings) = Validate(announcement!);
        if (findings.Count > 0)
        {
            return ApiProblems.Validation(new ValidationReport(findings, []));
        }

        for (var attempt = 0; attempt < MaxWriteAttempts; attempt++)
        {
            var status = await store.GetStatusAsync(cancellationToken);
            var now = time.ReceivedNow();
            if (!status.Available && status.Outage is { } open)
            {
                if (open.Source == OutageSources.Helpdesk)
                {
                    return ApiOutcome.Ok(OutageView.From(open));
                }

                var announced = open with { Source = OutageSources.Helpdesk, AnnouncedAt = StorageTime.Normalize(announcedAt!.Value), Message = announcement!.Message };
                if (await store.TrySaveStatusAsync(status with { Outage = announced }, cancellationToken) is not null)
                {
                    await store.SaveOutageAsync(announced, cancellationToken);
                    FallbackLog.OutageAnnounced(logger, announced.OutageId, "detected outage now announced");
                    return ApiOutcome.Ok(OutageView.From(announced));
                }

                continue;
            }

            var outage = new OutageRecord
            {
                OutageId = ResourceIds.NewOutageId(),
                Source = OutageSources.Helpdesk,
                AnnouncedAt = StorageTime.Normalize(announcedAt!.Value),
                Message = announcement!.Message,
                OpenedAt = now,
            };
            // An announcement of an outage still to come takes effect now: nothing is sent into a system about to go away.
            var since = outage.AnnouncedAt < now ? outage.AnnouncedAt : now;
            var opened = status with { Available = false, Since = since, Outage = outage, ConsecutiveFailures = 0, LastFailure = null };
            if (await store.TrySaveStatusAsync(opened, cancellationToken) is not null)
            {
                await store.SaveOutageAsync(outage, cancellationToken);
                FallbackLog.OutageAnnounced(logger, outage.OutageId, announcement.Message ?? string.Empty);
                return ApiOutcome.Created(OutageView.From(outage), $"/api/system/outages/{outage.OutageId}");
            }
        }

        throw new StoreContentionException("The port-system status kept changing while an outage was being recorded.");
    }

    /// <summary>Ends the outage: 200 with it restored (also when it already was), 404 for an unknown id.</summary>
    public async Task<ApiOutcome> RestoreAsync(Principal principal, string outageId, CancellationToken cancellationToken)
    {
        if (principal.Kind != PrincipalKind.Authority)
        {
            return ApiProblems.Forbidden("Only the authority records restorations.");
        }

        var restored = await CloseAsync(outageId, OutageSources.RestoredByAuthority, cancellationToken);
        return restored is null ? NoSuchOutage(outageId) : ApiOutcome.Ok(OutageView.From(restored));
    }

    /// <summary>Counts a delivery that found the port system unavailable; the last of a run of failures opens a detected outage.</summary>
    public async Task<PortSystemStatusRecord> RecordFailureAsync(string error, CancellationToken cancellationToken)
    {
        var threshold = Math.Max(1, options.Value.FailuresBeforeOutage);
        for (var attempt = 0; attempt < MaxWriteAttempts; attempt++)
        {
            var status = await store.GetStatusAsync(cancellationToken);
            if (!status.Available)
            {
                return status;
            }

            var failures = status.ConsecutiveFailures + 1;
            var now = time.ReceivedNow();
            var outage = failures < threshold ? null : new OutageRecord
            {
                OutageId = ResourceIds.NewOutageId(),
                Source = OutageSources.Detected,
                AnnouncedAt = now,
                Message = string.Create(CultureInfo.InvariantCulture, $"{failures} deliveries in a row failed; the last: {Shorten(error)}"),
                OpenedAt = now,
            };
            var updated = outage is null
                ? status with { ConsecutiveFailures = failures, LastFailure = Shorten(error) }
                : status with { Available = false, Since = now, Outage = outage, ConsecutiveFailures = 0, LastFailure = Shorten(error) };
            if (await store.TrySaveStatusAsync(updated, cancellationToken) is { } saved)
            {
                if (outage is not null)
                {
                    await store.SaveOutageAsync(outage, cancellationToken);
                    FallbackLog.OutageDetected(logger, outage.OutageId, failures, error);
                }

                return saved;
            }
        }

        throw new StoreContentionException("The port-system status kept changing while a failed delivery was being counted.");
    }

    /// <summary>A delivery went through: the run of failures is broken.</summary>
    public async Task RecordSuccessAsync(CancellationToken cancellationToken)
    {
        var status = await store.GetStatusAsync(cancellationToken);
        if (status.Available && status.ConsecutiveFailures > 0)
        {
            // One try is enough: a writer that came first changed the count anyway.
            await store.TrySaveStatusAsync(status with { ConsecutiveFailures = 0, LastFailure = null }, cancellationToken);
        }
    }

    /// <summary>Closes a detected outage after the port system answered its status check; announced ones wait for the authority.</summary>
    public async Task<OutageRecord?> CloseDetectedAsync(string outageId, CancellationToken cancellationToken)
    {
        var status = await store.GetStatusAsync(cancellationToken);
        return status.Outage is { Source: OutageSources.Detected } detected && detected.OutageId == outageId
            ? await CloseAsync(outageId, OutageSources.RestoredByProbe, cancellationToken)
            : null;
    }

    private async Task<OutageRecord?> CloseAsync(string outageId, string restoredBy, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxWriteAttempts; attempt++)
        {
            var status = await store.GetStatusAsync(cancellationToken);
            if (status.Available || status.Outage?.OutageId != outageId)
            {
                return await store.GetOutageAsync(outageId, cancellationToken);
            }

            var now = time.ReceivedNow();
            var restored = status.Outage with { RestoredAt = now, RestoredBy = restoredBy };
            var available = status with { Available = true, Since = now, Outage = null, ConsecutiveFailures = 0, LastFailure = null };
            if (await store.TrySaveStatusAsync(available, cancellationToken) is not null)
            {
                await store.SaveOutageAsync(restored, cancellationToken);
                FallbackLog.OutageRestored(logger, outageId, restoredBy);
                return restored;
            }
        }

        throw new StoreContentionException("The port-system status kept changing while an outage was being closed.");
    }

    private async Task<OutageRecord?> FindOutageAsync(string outageId, CancellationToken cancellationToken)
    {
        // The status row holds the open outage even if its history row was not written before a crash.
        var status = await store.GetStatusAsync(cancellationToken);
        return status.Outage?.OutageId == outageId ? status.Outage : await store.GetOutageAsync(outageId, cancellationToken);
    }

    private static (DateTimeOffset? AnnouncedAt, List<Finding> Findings) Validate(OutageAnnouncement announcement)
    {
        var findings = new List<Finding>();
        var announcedAt = RequestTimes.Read(announcement.AnnouncedAt, "announcedAt", "when the helpdesk announced the outage", findings);

        if (announcement.Source != OutageSources.Helpdesk)
        {
            findings.Add(new Finding("/source", RuleIds.FormatValue, $"source must be '{OutageSources.Helpdesk}'; outages of source '{OutageSources.Detected}' are recorded by Ics2Port itself."));
        }

        // The message is written into e-mails and the outage log: one line, as every free text (FORMAT-TEXT).
        if (FreeTexts.Problem(announcement.Message, TextLimits.Remarks) is { } problem)
        {
            findings.Add(new Finding("/message", RuleIds.FormatText, "message " + problem));
        }

        return (announcedAt, findings);
    }

    private static ApiOutcome NoSuchOutage(string outageId) => ApiProblems.NotFound($"There is no outage '{outageId}'.");

    private static string Shorten(string text) => text.Length <= 500 ? text : text[..500] + "…";
}
