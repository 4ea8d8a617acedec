namespace Ics2Port.Functions.Permits;

using Ics2Port.Domain.Common;
using Ics2Port.Domain.Permits;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Reading;
using Ics2Port.Functions.Access;
using Ics2Port.Functions.Common;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.PortCalls;
using Ics2Port.Functions.Problems;
using Ics2Port.Storage.Permits;
using Ics2Port.Storage.PortCalls;

/// <summary>Customs decide a permit application of their port once: granted with a permit number or refused with a reason.</summary>
public sealed class PermitDecisions(PortCallStore portCalls, PermitStore permits, PermitDelivery delivery, TimeProvider time, ILogger<PermitDecisions> logger)
{
    public async Task<ApiOutcome> DecideAsync(Principal principal, string permitId, string? contentType, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (principal.ControlPoint is not { } controlPoint)
        {
            return ApiProblems.Forbidden("Permits are decided by the customs control point of the port.");
        }

        if (await permits.FindAsync(permitId, agentId: null, cancellationToken) is not { } permit
            || await portCalls.FindVisibleAsync(principal, permit.PortCallId, cancellationToken) is not { } portCall)
        {
            return PermitApplications.NotFound(permitId);
        }

        var (request, unreadable) = RequestJson.ReadWith(contentType, body, DocumentReader.ReadPermitDecision);
        if (request is null)
        {
            return unreadable!;
        }

        var report = PermitRules.ValidateDecision(request);
        if (!report.IsValid)
        {
            return ApiProblems.Validation(report);
        }

        var decision = new PermitDecision
        {
            Outcome = request.Outcome!,
            PermitNumber = request.PermitNumber?.Trim(),
            Reason = request.Reason?.Trim(),
            DecidedAt = time.ReceivedNow(),
            DecidedBy = principal.ToString(),
            Office = controlPoint.Code,
        };
        var (outcome, decided) = await permits.DecideAsync(permitId, decision, cancellationToken);
        using var scope = logger.BeginScope("Port call {PortCallId} permit {PermitId}", permit.PortCallId, permitId);
        return outcome switch
        {
            PermitDecisionOutcome.Recorded => await DecidedAsync(decided!),
            PermitDecisionOutcome.AlreadyDecided => AlreadyDecided(decided!),
            _ => PermitApplications.NotFound(permitId),
        };

        async Task<ApiOutcome> DecidedAsync(PermitRecord record)
        {
            await permits.LeaveUndecidedAsync(PermitPorts.KeyOf(portCall.Port), record.PermitId, cancellationToken);
            PermitLog.Decided(logger, record.Decision!.Outcome, record.Decision.DecidedBy);
            return ApiOutcome.Ok(PermitSummary.From(await delivery.WithStateAsync(record, cancellationToken)));
        }
    }

    private static ApiOutcome AlreadyDecided(PermitRecord permit) =>
        ApiProblems.Conflict(
            $"Permit {permit.PermitId} was {permit.Decision!.Outcome} on {PortTime.Format(permit.Decision.DecidedAt)} by {permit.Decision.DecidedBy}; a decided permit is never decided again. A refused one may be applied for anew.",
            [new Finding("/outcome", RuleIds.Consistency, $"The permit is already {permit.Decision.Outcome}.")]);
}
