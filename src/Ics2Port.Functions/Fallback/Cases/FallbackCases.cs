namespace Ics2Port.Functions.Fallback.Cases;

using System.Text;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.Fallback;
using Ics2Port.Functions.Access;
using Ics2Port.Functions.Common;
using Ics2Port.Functions.Fallback.Delivery;
using Ics2Port.Functions.Fallback.Workflow;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Problems;
using Ics2Port.Storage.Deliveries;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Filings;
using Ics2Port.Storage.Layout;
using Ics2Port.Storage.PortCalls;

/// <summary>
/// Fallback cases as agents, suppliers and the authority see them: lists with every attempt (an agent only its own), one
/// case and the printable sheet for an in-person hand-over (a supplier those of its own supplies) and the authority's
/// confirmation of it (FB-3-IN-PERSON).
/// </summary>
public sealed class FallbackCases(
    DeliveryStore deliveries,
    PortCallStore portCalls,
    CaseAttempts attempts,
    FallbackChannels channels,
    TimeProvider time)
{
    private const int MaxHandOverAttempts = 10;
    private const int MaxReceivedByLength = 200;

    public async Task<ApiOutcome> ListAsync(Principal principal, string? state, CancellationToken cancellationToken)
    {
        if (state is not null && !DeliveryStates.TryParse(state, out _))
        {
            return ApiProblems.BadRequest(
                $"state must be one of {string.Join(", ", DeliveryStates.All.Select(s => s.ToWire()))}.",
                [new Finding(string.Empty, RuleIds.FormatValue, $"'{state}' is not a delivery state.")]);
        }

        if (principal.Kind == PrincipalKind.Customs)
        {
            return ApiProblems.Forbidden("Fallback cases are read by the shipping agent and the port authority.");
        }

        var items = new List<FallbackCaseView>();
        await foreach (var record in deliveries.ListCasesAsync(principal.ReadsEveryAgent ? null : principal.AgentId ?? principal.SupplierId ?? string.Empty, state, cancellationToken))
        {
            if (Owns(principal, record.Document))
            {
                items.Add(FallbackCaseView.From(record));
            }
        }

        return ApiOutcome.Ok(new FallbackCaseList(items));
    }

    public async Task<ApiOutcome> GetAsync(Principal principal, string caseId, CancellationToken cancellationToken) =>
        await FindAsync(principal, caseId, cancellationToken) is { } record
            ? ApiOutcome.Ok(FallbackCaseView.From(record))
            : NotFound(caseId);

    /// <summary>The sheet to print (FB-3-IN-PERSON), listing every document of the port call that goes to the control point in person.</summary>
    public async Task<ApiOutcome> SummaryAsync(Principal principal, string caseId, CancellationToken cancellationToken)
    {
        if (await FindAsync(principal, caseId, cancellationToken) is not { } record)
        {
            return NotFound(caseId);
        }

        if (DeliveryCases.StateOf(record) != DeliveryState.FallbackInPerson)
        {
            return ApiProblems.Conflict(
                $"Case {caseId} is '{record.State}'; a summary for the control point exists only for '{DeliveryState.FallbackInPerson.ToWire()}'.",
                [new Finding(string.Empty, RuleIds.FallbackInPerson, "The document is not to be handed over in person.")]);
        }

        var portCall = await portCalls.FindAsync(record.Document.PortCallId, null, cancellationToken)
            ?? throw new InvalidOperationException($"Case {caseId} belongs to port call {record.Document.PortCallId}, which does not exist.");
        var controlPoint = channels.ControlPoints.ForPort(portCall.Port);
        if (controlPoint.Error is { } where)
        {
            return ApiProblems.Conflict(where.Message, [new Finding(string.Empty, where.Code, where.Message)]);
        }

        // The sheet of whoever filed the case: the agent's documents and permits, or a supplier's supplies.
        var inPerson = await deliveries.ListCasesOfPortCallAsync(record.Document.PortCallId, DeliveryState.FallbackInPerson.ToWire(), cancellationToken);
        var documents = inPerson
            .Where(other => other.Document.AgentId == record.Document.AgentId && IsSupply(other.Document) == IsSupply(record.Document))
            .OrderBy(other => other.Document.Direction, StringComparer.Ordinal)
            .ThenBy(other => other.Document.Type, StringComparer.Ordinal)
            .ThenBy(other => other.Document.Version)
            .Select(other => CaseDocuments.DocumentOf(other.Document))
            .ToList();
        var text = InPersonSummary.Render(controlPoint.Value, CaseDocuments.ReferenceOf(portCall), documents, time.GetUtcNow());
        return ApiOutcome.Ok(new RawContent(BinaryData.FromBytes(Encoding.UTF8.GetBytes(text)), "text/plain; charset=utf-8"));
    }

    /// <summary>The authority confirms that the document was handed over at the control point; confirming again changes nothing.</summary>
    public async Task<ApiOutcome> HandOverAsync(Principal principal, string caseId, string? contentType, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (principal.Kind != PrincipalKind.Authority)
        {
            return ApiProblems.Forbidden("Only the authority confirms a hand-over at the control point.");
        }

        string? receivedBy = null;
        if (!body.IsEmpty)
        {
            var (confirmation, problem) = RequestJson.Read<HandOverConfirmation>(contentType, body);
            if (problem is not null)
            {
                return problem;
            }

            receivedBy = confirmation!.ReceivedBy?.Trim();
            if (FreeTexts.Problem(receivedBy, MaxReceivedByLength) is { } unfit)
            {
                // It is printed on the case and in the log: one line (FORMAT-TEXT).
                return ApiProblems.Validation(new ValidationReport([new Finding("/receivedBy", RuleIds.FormatText, "receivedBy " + unfit)], []));
            }
        }

        for (var attempt = 0; attempt < MaxHandOverAttempts; attempt++)
        {
            if (await FindAsync(principal, caseId, cancellationToken) is not { } record)
            {
                return NotFound(caseId);
            }

            if (record.Attempts.Any(a => a.Channel == AttemptChannels.InPerson && a.Outcome == AttemptOutcomes.Confirmed))
            {
                return ApiOutcome.Ok(FallbackCaseView.From(record));
            }

            if (FallbackStateMachine.Apply(DeliveryCases.StateOf(record), FallbackEvent.HandOverConfirmed).Error is { } illegal)
            {
                return ApiProblems.Conflict(illegal.Message, [new Finding(string.Empty, illegal.Code, illegal.Message)]);
            }

            var confirmed = await attempts.RecordAsync(
                record,
                AttemptChannels.InPerson,
                new AttemptResult(AttemptOutcomes.Confirmed, FallbackEvent.HandOverConfirmed, Reference: receivedBy),
                principal.ToString(),
                cancellationToken);
            if (confirmed is not null)
            {
                return ApiOutcome.Ok(FallbackCaseView.From(confirmed));
            }
        }

        throw new StoreContentionException($"Case {caseId} kept changing while its hand-over was confirmed.");
    }

    private async Task<DeliveryRecord?> FindAsync(Principal principal, string caseId, CancellationToken cancellationToken)
    {
        if (!CaseIds.TryParse(caseId, out var portCallId, out var direction, out var type, out var version))
        {
            return null;
        }

        var record = await deliveries.GetAsync(portCallId, direction, type, version, cancellationToken);
        return record is { CaseOpenedAt: not null } && Owns(principal, record.Document) ? record : null;
    }

    // An agent's cases are its documents and permit applications, a supplier's its supplies (their AgentId is the
    // supplier's id); the kind is checked too, so an agent and a supplier that happen to share an id see only their own.
    private static bool Owns(Principal principal, DocumentVersion document) => principal.Kind switch
    {
        PrincipalKind.Authority => true,
        PrincipalKind.Agent => document.AgentId == principal.AgentId && !IsSupply(document),
        PrincipalKind.Supplier => document.AgentId == principal.SupplierId && IsSupply(document),
        _ => false,
    };

    private static bool IsSupply(DocumentVersion document) => document.Direction == FilingKinds.Supply;

    private static ApiOutcome NotFound(string caseId) => ApiProblems.NotFound($"There is no fallback case '{caseId}' for this API key.");
}
