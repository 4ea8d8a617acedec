namespace Ics2Port.Functions.PortCalls;

using Ics2Port.Domain.Common;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Reading;
using Ics2Port.Functions.Access;
using Ics2Port.Functions.Common;
using Ics2Port.Functions.Documents;
using Ics2Port.Functions.Idempotency;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Problems;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Heads;
using Ics2Port.Storage.PortCalls;

/// <summary>Registers port calls and shows them with what each direction still needs.</summary>
public sealed class PortCallRegistry(
    PortCallStore portCalls,
    PortCallHeads heads,
    DocumentStore documents,
    IdempotencyKeys idempotencyKeys,
    TimeProvider time,
    ILogger<PortCallRegistry> logger)
{
    public async Task<ApiOutcome> CreateAsync(
        Principal principal,
        string? contentType,
        ReadOnlyMemory<byte> body,
        string? idempotencyKey,
        CancellationToken cancellationToken)
    {
        if (principal.AgentId is not { } agentId)
        {
            return ApiProblems.Forbidden("Port calls are registered by the shipping agent.");
        }

        var (request, unreadable) = RequestJson.ReadWith(contentType, body, DocumentReader.ReadPortCall);
        if (request is null)
        {
            return unreadable!;
        }

        var report = DocumentValidator.ValidatePortCall(request);
        if (!report.IsValid)
        {
            return ApiProblems.Validation(report);
        }

        var claim = await idempotencyKeys.ClaimAsync(
            principal, "port-calls", idempotencyKey, ContentHash.Sha256Hex(body.Span), ResourceIds.NewPortCallId(), time.ReceivedNow(), cancellationToken);
        if (claim.Problem is { } problem)
        {
            return problem;
        }

        var record = PortCallRecords.Create(claim.ResourceId, agentId, request, claim.ReceivedAt);
        await portCalls.CreateAsync(record, cancellationToken);
        await documents.CreateHeadAsync(record.PortCallId, agentId, record.RequestJson, record.CreatedAt, cancellationToken);
        using var scope = logger.BeginScope("Port call {PortCallId}", record.PortCallId);
        PortCallLog.Registered(logger, record.ImoNumber, record.Port);
        var head = await heads.FindAsync(record.PortCallId, agentId, cancellationToken)
            ?? throw new InvalidOperationException($"Port call {record.PortCallId} has no head after its registration.");
        return ApiOutcome.Created(ViewOf(head), $"/api/port-calls/{record.PortCallId}");
    }

    /// <summary>One point read: the head holds the port call and where each of its documents stands.</summary>
    public async Task<ApiOutcome> GetAsync(Principal principal, string portCallId, CancellationToken cancellationToken) =>
        await heads.FindVisibleAsync(principal, portCallId, cancellationToken) is { } head
            ? ApiOutcome.Ok(ViewOf(head))
            : NotFound(portCallId);

    public async Task<ApiOutcome> ListAsync(Principal principal, string? imo, string? port, CancellationToken cancellationToken)
    {
        var items = new List<PortCallSummary>();
        var imoKey = string.IsNullOrWhiteSpace(imo) ? null : PortCallRecords.ImoSearchKey(imo);
        var portKey = string.IsNullOrWhiteSpace(port) ? null : PortCallRecords.PortSearchKey(port);
        if (principal.ControlPoint is { } controlPoint)
        {
            // Customs list their own port's calls only; asking for another port finds none.
            if (portKey is not null && portKey != controlPoint.Port)
            {
                return ApiOutcome.Ok(new PortCallList([]));
            }

            portKey = controlPoint.Port;
        }

        await foreach (var record in portCalls.ListAsync(principal.AgentId, imoKey, portKey, cancellationToken))
        {
            items.Add(record.ToSummary());
        }

        return ApiOutcome.Ok(new PortCallList([.. items.OrderByDescending(item => item.CreatedAt)]));
    }

    public static ApiOutcome NotFound(string portCallId) =>
        ApiProblems.NotFound($"There is no port call '{portCallId}' for this API key.");

    private static PortCallView ViewOf(PortCallHead head)
    {
        var request = PortCallRecords.RequestOf(head);
        var accepted = new AcceptedDocuments(head);
        return new PortCallView(
            head.PortCallId,
            head.AgentId,
            head.CreatedAt ?? DateTimeOffset.MinValue,
            request.Vessel,
            request.Port,
            request.VoyageNumber,
            request.Eta,
            request.Etd,
            request.LastPort,
            request.NextPort,
            request.RegularShippingService,
            Status(Direction.Arrival),
            Status(Direction.Departure));

        DirectionStatus Status(Direction direction)
        {
            var latest = accepted.Of(direction);
            var missing = Completeness.Missing(direction, accepted.GeneralDeclaration(direction), latest.Select(pair => pair.Type).ToHashSet());
            return new DirectionStatus(
                [.. latest.Select(pair => DocumentState.From(pair.Version))],
                [.. missing.Select(type => type.ToWire())],
                missing.Count == 0);
        }
    }
}
