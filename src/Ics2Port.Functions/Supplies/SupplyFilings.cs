namespace Ics2Port.Functions.Supplies;

using System.Text.Json;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.Reading;
using Ics2Port.Domain.ShipSupplies;
using Ics2Port.Functions.Access;
using Ics2Port.Functions.Common;
using Ics2Port.Functions.Documents;
using Ics2Port.Functions.Idempotency;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.PortCalls;
using Ics2Port.Functions.Problems;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.PortCalls;
using Ics2Port.Storage.Supplies;

/// <summary>
/// Ship supplies of a port call (seed 002): a supplier files one and its new versions (the declaration's reference once
/// lodged), the supplier or the ship's agent confirms the loading on board, and each answer states what the law requires.
/// </summary>
public sealed class SupplyFilings(
    PortCallStore portCalls,
    SupplyStore supplies,
    SupplyDelivery delivery,
    IdempotencyKeys idempotencyKeys,
    TimeProvider time,
    ILogger<SupplyFilings> logger)
{
    /// <summary>Files a new supply; an Idempotency-Key makes a retry answer the first receipt.</summary>
    public async Task<ApiOutcome> FileAsync(
        Principal principal, string portCallId, string? contentType, ReadOnlyMemory<byte> body, string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (principal.SupplierId is not { } supplierId)
        {
            return ApiProblems.Forbidden("Ship supplies are filed by the supplier.");
        }

        // A supplier may supply any ship in port: the port call id, which the ship's agent hands out, is what it needs.
        if (await portCalls.FindAsync(portCallId, null, cancellationToken) is not { } portCall)
        {
            return PortCallRegistry.NotFound(portCallId);
        }

        if (RequestJson.ReadWith(contentType, body, DocumentReader.ReadSupply) is { Problem: { } unreadable })
        {
            return unreadable;
        }

        var claim = await idempotencyKeys.ClaimAsync(
            principal, $"supplies:{portCallId}", idempotencyKey, ContentHash.Sha256Hex(body.Span), ResourceIds.NewSupplyId(), time.ReceivedNow(), cancellationToken);
        return claim.Problem ?? await CommitSupplyAsync(portCall, supplierId, claim.ResourceId, body, claim.ReceivedAt, DocumentConditions.None, cancellationToken);
    }

    /// <summary>Files a new version of the supplier's own supply (200), or answers the current receipt for the same body.</summary>
    public async Task<ApiOutcome> ReviseAsync(
        Principal principal, string portCallId, string supplyId, string? contentType, ReadOnlyMemory<byte> body, DocumentConditions conditions, CancellationToken cancellationToken)
    {
        if (await FindAsync(principal, portCallId, supplyId, cancellationToken) is not { } found)
        {
            return NotFound(supplyId);
        }

        if (principal.SupplierId != found.Version.AgentId)
        {
            return ApiProblems.Forbidden("Only the supplier changes its supply.");
        }

        return RequestJson.ReadWith(contentType, body, DocumentReader.ReadSupply) is { Problem: { } unreadable }
            ? unreadable
            : await CommitSupplyAsync(found.PortCall, found.Version.AgentId, supplyId, body, time.ReceivedNow(), conditions, cancellationToken);
    }

    /// <summary>Files the proof of loading on board (SUP-EXPORT) of a supply: 201 for the first version, 200 after.</summary>
    public async Task<ApiOutcome> ConfirmLoadingAsync(
        Principal principal, string portCallId, string supplyId, string? contentType, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (await FindAsync(principal, portCallId, supplyId, cancellationToken) is not { } found)
        {
            return NotFound(supplyId);
        }

        if (!SupplyAccess.MayConfirmLoading(principal, found.PortCall, found.Version.AgentId))
        {
            return ApiProblems.Forbidden("The supplier, or the ship's agent on the ship's behalf, confirms the loading.");
        }

        var (proof, unreadable) = RequestJson.ReadWith(contentType, body, DocumentReader.ReadLoadingProof);
        if (proof is null)
        {
            return unreadable!;
        }

        var supply = await ReadSupplyAsync(found.Version, cancellationToken);
        var report = ValidationReports.From(new LoadingProofValidator(supply.Lines ?? []).Validate(proof));
        if (!report.IsValid)
        {
            SupplyLog.Rejected(logger, StatusCodes.Status422UnprocessableEntity, report.Errors.Count);
            return ApiProblems.Validation(report);
        }

        var commit = await CommitAsync(SupplyStore.Loading, found.Version.AgentId, portCallId, supplyId, body, time.ReceivedNow(), DocumentConditions.None, cancellationToken);
        var version = commit.Version!;
        var receipt = LoadingProofReceipt.From(version, SupplyExit.Of(supply, proof));
        var location = $"{LocationOf(portCallId, supplyId)}/loading-proof";
        return commit.Kind == DocumentCommitKind.Created && version.Version == 1 ? ApiOutcome.Created(receipt, location) : ApiOutcome.Ok(receipt);
    }

    /// <summary>A supply with its requirements, proof and exit; 404 unless the caller may see it.</summary>
    public async Task<ApiOutcome> GetAsync(Principal principal, string portCallId, string supplyId, CancellationToken cancellationToken)
    {
        if (await FindAsync(principal, portCallId, supplyId, cancellationToken) is not { } found)
        {
            return NotFound(supplyId);
        }

        var supply = await ReadSupplyAsync(found.Version, cancellationToken);
        var proofVersion = await supplies.GetLatestAsync(portCallId, SupplyStore.Loading, supplyId, cancellationToken);
        LoadingProof? proof = null;
        LoadingProofView? proofView = null;
        if (proofVersion is not null)
        {
            proof = await ReadProofAsync(proofVersion, cancellationToken);
            proofView = new LoadingProofView(proofVersion.Version, proofVersion.ReceivedAt, proofVersion.Sha256, proof);
        }

        var raw = await supplies.ReadContentAsync(found.Version, cancellationToken);
        using var supplyJson = JsonDocument.Parse(raw.ToMemory());
        var version = await delivery.WithStateAsync(found.Version, cancellationToken);
        return ApiOutcome.Ok(new SupplyView(
            supplyId, portCallId, version.AgentId, version.Version, version.State, version.ReceivedAt, version.Sha256,
            SupplyRules.Assess(supply, ContextOf(found.PortCall)), SupplyExit.Of(supply, proof), supplyJson.RootElement.Clone(), proofView))
            .WithHeader("ETag", DocumentETags.Of(version));
    }

    /// <summary>
    /// The supplies of a port call the caller may see: the agent of the port call, customs of its port and the authority
    /// all of them, a supplier its own; 404 for another agent or customs of another port, as for the port call itself.
    /// </summary>
    public async Task<ApiOutcome> ListAsync(Principal principal, string portCallId, CancellationToken cancellationToken)
    {
        if (await portCalls.FindAsync(portCallId, null, cancellationToken) is not { } portCall || !SupplyAccess.MayList(principal, portCall))
        {
            return PortCallRegistry.NotFound(portCallId);
        }

        return ApiOutcome.Ok(new SupplyList(portCallId, await StatesAsync(principal, portCall, cancellationToken)));
    }

    private async Task<IReadOnlyList<SupplyState>> StatesAsync(Principal principal, PortCallRecord portCall, CancellationToken cancellationToken)
    {
        var portCallId = portCall.PortCallId;
        var latest = await supplies.GetLatestVersionsAsync(portCallId, cancellationToken);
        var proofs = latest.Where(version => version.Direction == SupplyStore.Loading).ToDictionary(version => version.Type, StringComparer.Ordinal);
        var states = new List<SupplyState>();
        foreach (var stored in latest.Where(version => version.Direction == SupplyStore.Supply && SupplyAccess.MaySee(principal, portCall, version.AgentId)).OrderBy(version => version.Type, StringComparer.Ordinal))
        {
            var version = await delivery.WithStateAsync(stored, cancellationToken);
            var supply = await ReadSupplyAsync(version, cancellationToken);
            var proof = proofs.TryGetValue(version.Type, out var proofVersion) ? await ReadProofAsync(proofVersion, cancellationToken) : null;
            var exit = SupplyExit.Of(supply, proof);
            states.Add(new SupplyState(
                version.Type, version.AgentId, version.Version, version.State, version.ReceivedAt,
                SupplyCodes.DeclarationTypeByDestination[supply.DestinationCode!], exit.Missing, exit.LeftCustomsTerritory));
        }

        return [.. states.OrderBy(state => state.ReceivedAt)];
    }

    public static string LocationOf(string portCallId, string supplyId) => $"/api/port-calls/{portCallId}/supplies/{supplyId}";

    private static SupplyContext ContextOf(PortCallRecord portCall)
    {
        var vessel = portCall.ToRequest().Vessel;
        return new SupplyContext(vessel?.Name, vessel?.Flag);
    }

    private static ApiOutcome NotFound(string supplyId) => ApiProblems.NotFound($"There is no supply '{supplyId}' for this API key.");

    private async Task<ApiOutcome> CommitSupplyAsync(
        PortCallRecord portCall, string supplierId, string supplyId, ReadOnlyMemory<byte> body, DateTimeOffset receivedAt, DocumentConditions conditions, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope("Port call {PortCallId} supply {SupplyId}", portCall.PortCallId, supplyId);
        var supply = DocumentReader.ReadSupply(body).Document!;
        var context = ContextOf(portCall);
        var report = SupplyRules.Validate(supply, context);
        if (!report.IsValid)
        {
            SupplyLog.Rejected(logger, StatusCodes.Status422UnprocessableEntity, report.Errors.Count);
            return ApiProblems.Validation(report);
        }

        var commit = await CommitAsync(SupplyStore.Supply, supplierId, portCall.PortCallId, supplyId, body, receivedAt, conditions, cancellationToken);
        if (commit.Kind == DocumentCommitKind.PreconditionFailed)
        {
            return ApiProblems.PreconditionFailed(commit.Version is { } current
                ? $"The current version is {DocumentETags.Of(current)}; nothing was stored."
                : "There is no version yet; nothing was stored.");
        }

        var version = await delivery.SendAsync(commit.Version!, cancellationToken);
        var proofVersion = await supplies.GetLatestAsync(portCall.PortCallId, SupplyStore.Loading, supplyId, cancellationToken);
        var proof = proofVersion is null ? null : await ReadProofAsync(proofVersion, cancellationToken);
        var receipt = SupplyReceipt.From(version, SupplyRules.Assess(supply, context), SupplyExit.Of(supply, proof));
        var outcome = commit.Kind == DocumentCommitKind.Created && version.Version == 1
            ? ApiOutcome.Created(receipt, LocationOf(portCall.PortCallId, supplyId))
            : ApiOutcome.Ok(receipt);
        return outcome.WithHeader("ETag", DocumentETags.Of(version));
    }

    private async Task<DocumentCommit> CommitAsync(
        string kind, string supplierId, string portCallId, string supplyId, ReadOnlyMemory<byte> body, DateTimeOffset receivedAt, DocumentConditions conditions, CancellationToken cancellationToken)
    {
        var commit = await supplies.CommitAsync(
            new DocumentSubmission
            {
                AgentId = supplierId,
                PortCallId = portCallId,
                Direction = kind,
                Type = supplyId,
                Content = BinaryData.FromBytes(body),
                ContentType = JsonMediaType.Name,
                Extension = "json",
                Sha256 = ContentHash.Sha256Hex(body.Span),
                ReceivedAt = receivedAt,
            },
            conditions.Allow,
            cancellationToken);
        if (commit.Version is { } version && commit.Kind != DocumentCommitKind.PreconditionFailed)
        {
            SupplyLog.Committed(logger, kind, commit.Kind, version.Version, version.Sha256);
        }

        return commit;
    }

    private async Task<(PortCallRecord PortCall, DocumentVersion Version)?> FindAsync(Principal principal, string portCallId, string supplyId, CancellationToken cancellationToken)
    {
        if (await portCalls.FindAsync(portCallId, null, cancellationToken) is not { } portCall
            || await supplies.GetLatestAsync(portCallId, SupplyStore.Supply, supplyId, cancellationToken) is not { } version
            || !SupplyAccess.MaySee(principal, portCall, version.AgentId))
        {
            return null;
        }

        return (portCall, version);
    }

    private async Task<ShipSupply> ReadSupplyAsync(DocumentVersion version, CancellationToken cancellationToken) =>
        DocumentReader.ReadSupply((await supplies.ReadContentAsync(version, cancellationToken)).ToMemory()).Document
            ?? throw new InvalidOperationException($"Supply {version.Type} version {version.Version} no longer reads.");

    private async Task<LoadingProof> ReadProofAsync(DocumentVersion version, CancellationToken cancellationToken) =>
        DocumentReader.ReadLoadingProof((await supplies.ReadContentAsync(version, cancellationToken)).ToMemory()).Document
            ?? throw new InvalidOperationException($"The proof of loading of supply {version.Type} version {version.Version} no longer reads.");
}
