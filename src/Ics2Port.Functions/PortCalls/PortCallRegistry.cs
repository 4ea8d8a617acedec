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
using Ics2Port.Functions.Supplies;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.PortCalls;

/// <summary>Registers port calls and shows them with what each direction still needs.</summary>
public sealed class PortCallRegistry(
    PortCallStore portCalls,
    DocumentStore documents,
    SupplyFilings supplies,
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

        if (!JsonMediaType.Accepts(contentType))
        {
            return ApiProblems.UnsupportedMediaType(contentType, [JsonMediaType.Name]);
        }

        var read = DocumentReader.ReadPortCall(body);
        if (read.Errors.Count > 0 || read.Document is not { } request)
        {
            return ApiProblems.Unreadable(read.Errors);
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
        using var scope = logger.BeginScope("Port call {PortCallId}", record.PortCallId);
        PortCallLog.Registered(logger, record.ImoNumber, record.Port);
        return ApiOutcome.Created(await ViewAsync(principal, record, cancellationToken), $"/api/port-calls/{record.PortCallId}");
    }

    public async Task<ApiOutcome> GetAsync(Principal principal, string portCallId, CancellationToken cancellationToken) =>
        await portCalls.FindAsync(portCallId, principal.AgentId, cancellationToken) is { } record
            ? ApiOutcome.Ok(await ViewAsync(principal, record, cancellationToken))
            : NotFound(portCallId);

    public async Task<ApiOutcome> ListAsync(Principal principal, string? imo, string? port, CancellationToken cancellationToken)
    {
        var items = new List<PortCallSummary>();
        var imoKey = string.IsNullOrWhiteSpace(imo) ? null : PortCallRecords.ImoSearchKey(imo);
        var portKey = string.IsNullOrWhiteSpace(port) ? null : PortCallRecords.PortSearchKey(port);
        await foreach (var record in portCalls.ListAsync(principal.AgentId, imoKey, portKey, cancellationToken))
        {
            items.Add(record.ToSummary());
        }

        return ApiOutcome.Ok(new PortCallList([.. items.OrderByDescending(item => item.CreatedAt)]));
    }

    public static ApiOutcome NotFound(string portCallId) =>
        ApiProblems.NotFound($"There is no port call '{portCallId}' for this API key.");

    private async Task<PortCallView> ViewAsync(Principal principal, PortCallRecord record, CancellationToken cancellationToken)
    {
        var request = record.ToRequest();
        var accepted = await AcceptedDocuments.LoadAsync(documents, record.PortCallId, cancellationToken);
        return new PortCallView(
            record.PortCallId,
            record.AgentId,
            record.CreatedAt,
            request.Vessel,
            request.Port,
            request.VoyageNumber,
            request.Eta,
            request.Etd,
            request.LastPort,
            request.NextPort,
            request.RegularShippingService,
            await StatusAsync(Direction.Arrival),
            await StatusAsync(Direction.Departure),
            await supplies.StatesAsync(principal, record, cancellationToken));

        async Task<DirectionStatus> StatusAsync(Direction direction)
        {
            var latest = accepted.Of(direction);
            var generalDeclaration = await accepted.ReadGeneralDeclarationAsync(direction, cancellationToken);
            var missing = Completeness.Missing(direction, generalDeclaration, latest.Select(pair => pair.Type).ToHashSet());
            return new DirectionStatus(
                [.. latest.Select(pair => DocumentState.From(pair.Version))],
                [.. missing.Select(type => type.ToWire())],
                missing.Count == 0);
        }
    }
}
