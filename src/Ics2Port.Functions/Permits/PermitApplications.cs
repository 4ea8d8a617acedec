namespace Ics2Port.Functions.Permits;

using System.Text.Json;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Permits;
using Ics2Port.Domain.Reading;
using Ics2Port.Functions.Access;
using Ics2Port.Functions.Common;
using Ics2Port.Functions.Documents;
using Ics2Port.Functions.HsCodes;
using Ics2Port.Functions.Idempotency;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.PortCalls;
using Ics2Port.Functions.Problems;
using Ics2Port.Storage.Permits;
using Ics2Port.Storage.PortCalls;

/// <summary>Unloading and loading permit applications (PERMIT-BEFORE): validated, stored once per Idempotency-Key, sent to the port system.</summary>
public sealed class PermitApplications(
    PortCallStore portCalls,
    PermitStore permits,
    PermitDelivery delivery,
    IdempotencyKeys idempotencyKeys,
    HsNomenclatureSource nomenclature,
    TimeProvider time,
    ILogger<PermitApplications> logger)
{
    public async Task<ApiOutcome> SubmitAsync(
        Principal principal,
        string portCallId,
        string? contentType,
        ReadOnlyMemory<byte> body,
        string? idempotencyKey,
        CancellationToken cancellationToken)
    {
        if (principal.AgentId is not { } agentId)
        {
            return ApiProblems.Forbidden("Permits are applied for by the shipping agent of the port call.");
        }

        if (await portCalls.FindAsync(portCallId, agentId, cancellationToken) is not { } portCall)
        {
            return PortCallRegistry.NotFound(portCallId);
        }

        var (application, unreadable) = RequestJson.ReadWith(contentType, body, DocumentReader.ReadPermit);
        if (application is null)
        {
            return unreadable!;
        }

        // Goods are unloaded on arrival and loaded for departure; the rules compare with that movement. A retry of an
        // application is judged as of its first receipt.
        var sha256 = ContentHash.Sha256Hex(body.Span);
        var claimScope = $"permits:{portCallId}";
        var receivedAt = await idempotencyKeys.FirstReceivedAsync(principal, claimScope, idempotencyKey, sha256, cancellationToken) ?? time.GetUtcNow();
        var direction = application.Operation == "loading" ? Direction.Departure : Direction.Arrival;
        var context = DocumentContexts.ForPortCall(portCall.ToRequest(), direction, nomenclature.Current) with { ReceivedAt = receivedAt };
        var report = HsCodeCheck.Apply(PermitRules.ValidatePermit(application, context), application, context.HsCodes);
        if (!report.IsValid)
        {
            return ApiProblems.Validation(report);
        }

        var claim = await idempotencyKeys.ClaimAsync(
            principal, claimScope, idempotencyKey, sha256, ResourceIds.NewPermitId(), time.ReceivedNow(), cancellationToken);
        if (claim.Problem is { } problem)
        {
            return problem;
        }

        // On customs' worklist before it exists, so no application is missing from it.
        await permits.AwaitDecisionAsync(PermitPorts.KeyOf(portCall.Port), claim.ResourceId, cancellationToken);
        var stored = await permits.CreateAsync(claim.ResourceId, agentId, portCallId, BinaryData.FromBytes(body), sha256, claim.ReceivedAt, PermitOutlines.Of(application), cancellationToken);
        using var scope = logger.BeginScope("Port call {PortCallId} permit {PermitId}", portCallId, stored.PermitId);
        PermitLog.Accepted(logger, application.Operation, sha256);
        var permit = await delivery.SendAsync(stored, cancellationToken);
        return ApiOutcome.Created(PermitReceipt.From(permit, report.Warnings), $"/api/permits/{permit.PermitId}");
    }

    public async Task<ApiOutcome> GetAsync(Principal principal, string permitId, CancellationToken cancellationToken)
    {
        if (await permits.FindAsync(permitId, principal.AgentId, cancellationToken) is not { } found
            || await portCalls.FindVisibleAsync(principal, found.PortCallId, cancellationToken) is null)
        {
            return NotFound(permitId);
        }

        var permit = await delivery.WithStateAsync(found, cancellationToken);
        var content = await permits.ReadContentAsync(permit, cancellationToken);
        using var application = JsonDocument.Parse(content.ToMemory());
        return ApiOutcome.Ok(new PermitView(
            permit.PermitId,
            permit.PortCallId,
            permit.AgentId,
            permit.State,
            permit.ReceivedAt,
            permit.Sha256,
            application.RootElement.Clone(),
            PermitDecisionView.From(permit.Decision)));
    }

    /// <summary>The port call's permit applications with their decisions, oldest first.</summary>
    public async Task<ApiOutcome> ListAsync(Principal principal, string portCallId, CancellationToken cancellationToken)
    {
        if (await portCalls.FindVisibleAsync(principal, portCallId, cancellationToken) is null)
        {
            return PortCallRegistry.NotFound(portCallId);
        }

        var items = new List<PermitSummary>();
        await foreach (var permit in permits.ListByPortCallAsync(portCallId, cancellationToken))
        {
            items.Add(PermitSummary.From(await delivery.WithStateAsync(permit, cancellationToken)));
        }

        return ApiOutcome.Ok(new PermitList(portCallId, items));
    }

    /// <summary>
    /// Customs' worklist: the applications of their port awaiting a decision, with their state and what each is about,
    /// oldest first. That is read from each permit's row; only a permit stored before rows kept it has its body read.
    /// </summary>
    public async Task<ApiOutcome> ListUndecidedAsync(Principal principal, CancellationToken cancellationToken)
    {
        if (principal.ControlPoint is not { } controlPoint)
        {
            return ApiProblems.Forbidden("The worklist of undecided permits is the customs control point's.");
        }

        var items = new List<AwaitingPermit>();
        foreach (var permit in await permits.ListUndecidedAsync(PermitPorts.KeyOf(controlPoint.Port), cancellationToken))
        {
            var outline = await PermitOutlines.OfAsync(permits, permit, cancellationToken);
            items.Add(AwaitingPermit.From(await delivery.WithStateAsync(permit, cancellationToken), outline));
        }

        return ApiOutcome.Ok(new PermitWorklist(PermitPorts.KeyOf(controlPoint.Port), controlPoint.Code, items));
    }

    public static ApiOutcome NotFound(string permitId) => ApiProblems.NotFound($"There is no permit '{permitId}' for this API key.");
}
