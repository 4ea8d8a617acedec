namespace Ics2Port.Functions.Supplies;

using Ics2Port.Domain.ShipSupplies;
using Ics2Port.Functions.Common;
using Ics2Port.Functions.Documents;
using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.Idempotency;
using Ics2Port.Functions.OpenApi;
using Ics2Port.Functions.Outcomes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

[Tags("Ship supplies")]
public sealed class SupplyFunctions(ApiGateway api, SupplyFilings filings)
{
    private const string SupplyRoute = "port-calls/{portCallId}/supplies/{supplyId}";

    [Function("FileSupply")]
    [EndpointSummary("File a ship supply (Regulation 503) for a port call; the receipt states what the law requires of it (SUP-*).")]
    [EndpointDescription("For a supplier's key. requirements gives the declaration type (SUP-DEST-CODE), whether an export declaration is needed (SUP-EXPORT) and may be oral (SUP-ORAL), each line's procedure (SUP-NON-UNION, SUP-NON-UNION-EQUIPMENT), re-export notifications (SUP-REEXPORT-NOTICE) and that no exit summary declaration is (SUP-NO-EXS); exit says what SUP-EXPORT still lacks. Each version goes to the port system as documents do, by the fallback channels during an outage (SUP-IN-SYSTEM); state says where it is. Send an Idempotency-Key to make retries safe.")]
    [RequestHeader(IdempotencyKeys.HeaderName, IdempotencyKeys.HeaderDescription)]
    [RequestBody("application/json", typeof(ShipSupply))]
    [ProducesResponseType<SupplyReceipt>(StatusCodes.Status201Created)]
    [ResponseHeader(StatusCodes.Status201Created, "Location", "The supply.")]
    [ResponseHeader(StatusCodes.Status201Created, "ETag", "The version filed, \"v1\".")]
    [OperationLink(StatusCodes.Status201Created, "GetSupply", "portCallId=$response.body#/portCallId", "supplyId=$response.body#/supplyId")]
    [OperationLink(StatusCodes.Status201Created, "ReviseSupply", "portCallId=$response.body#/portCallId", "supplyId=$response.body#/supplyId")]
    [OperationLink(StatusCodes.Status201Created, "ConfirmSupplyLoading", "portCallId=$response.body#/portCallId", "supplyId=$response.body#/supplyId")]
    [ProducesProblems(400, 403, 404, 413, 415, 422)]
    public Task<ApiResult> FileAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "port-calls/{portCallId}/supplies")] HttpRequest request,
        string portCallId) =>
        api.RunWithBodyAsync(
            request,
            (principal, body, cancellationToken) =>
                filings.FileAsync(principal, portCallId, request.ContentType, body, QueryValues.Header(request, IdempotencyKeys.HeaderName), cancellationToken),
            admitsSuppliers: true);

    [Function("ReviseSupply")]
    [EndpointSummary("File a new version of a supply, e.g. with the declaration's reference once lodged; an identical re-send returns the current receipt.")]
    [EndpointDescription("Only the supplier that filed the supply. If-Match makes the PUT conditional (412 when stale).")]
    [RequestHeader("If-Match", "The ETag of the version this one replaces: the PUT is refused with 412 if another version came first.")]
    [RequestBody("application/json", typeof(ShipSupply))]
    [ProducesResponseType<SupplyReceipt>(StatusCodes.Status200OK)]
    [ResponseHeader(StatusCodes.Status200OK, "ETag", "The version filed, e.g. \"v2\".")]
    [ProducesProblems(400, 403, 404, 412, 413, 415, 422)]
    public Task<ApiResult> ReviseAsync(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = SupplyRoute)] HttpRequest request,
        string portCallId,
        string supplyId) =>
        api.RunWithBodyAsync(
            request,
            (principal, body, cancellationToken) => filings.ReviseAsync(
                principal, portCallId, supplyId, request.ContentType, body, new DocumentConditions(QueryValues.Header(request, "If-Match"), null), cancellationToken),
            admitsSuppliers: true);

    [Function("ListSupplies")]
    [EndpointSummary("The ship supplies of a port call, each with its state and what its exit still lacks (SUP-EXPORT), oldest first.")]
    [EndpointDescription("The ship's agent of the port call, customs of its port and the authority see every supply of it, a supplier its own; another agent or customs of another port is answered 404.")]
    [ProducesResponseType<SupplyList>(StatusCodes.Status200OK)]
    [OperationLink(StatusCodes.Status200OK, "GetSupply", "portCallId=$response.body#/portCallId", "supplyId=$response.body#/items/0/supplyId")]
    [ProducesProblems(404)]
    public Task<ApiResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "port-calls/{portCallId}/supplies")] HttpRequest request,
        string portCallId) =>
        api.RunAsync(request, (principal, cancellationToken) => filings.ListAsync(principal, portCallId, cancellationToken), admitsSuppliers: true);

    [Function("GetSupply")]
    [EndpointSummary("A supply's latest version with what the law requires of it, its proof of loading and what its exit still lacks (SUP-EXPORT).")]
    [EndpointDescription("The supplier sees its own supplies, the ship's agent and customs of the port those of its port call, the authority all of them; anyone else is answered 404.")]
    [ProducesResponseType<SupplyView>(StatusCodes.Status200OK)]
    [ResponseHeader(StatusCodes.Status200OK, "ETag", "The version served, e.g. \"v2\".")]
    [ProducesProblems(404)]
    public Task<ApiResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = SupplyRoute)] HttpRequest request,
        string portCallId,
        string supplyId) =>
        api.RunAsync(request, (principal, cancellationToken) => filings.GetAsync(principal, portCallId, supplyId, cancellationToken), admitsSuppliers: true);

    [Function("ConfirmSupplyLoading")]
    [EndpointSummary("Confirm that supplied goods were loaded on board: who on the ship's side, when, which lines, how much (SUP-EXPORT).")]
    [EndpointDescription("By the supplier or the ship's agent of the port call. The goods count as having left the customs territory once this proof and the declaration's reference are both there; exit says which is missing. 201 for the first proof, 200 for a new version or a re-send.")]
    [RequestBody("application/json", typeof(LoadingProof))]
    [ProducesResponseType<LoadingProofReceipt>(StatusCodes.Status201Created)]
    [ProducesResponseType<LoadingProofReceipt>(StatusCodes.Status200OK)]
    [ResponseHeader(StatusCodes.Status201Created, "Location", "The proof of loading.")]
    [OperationLink(StatusCodes.Status201Created, "GetSupply", "portCallId=$response.body#/portCallId", "supplyId=$response.body#/supplyId")]
    [ProducesProblems(400, 403, 404, 413, 415, 422)]
    public Task<ApiResult> ConfirmLoadingAsync(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = SupplyRoute + "/loading-proof")] HttpRequest request,
        string portCallId,
        string supplyId) =>
        api.RunWithBodyAsync(
            request,
            (principal, body, cancellationToken) => filings.ConfirmLoadingAsync(principal, portCallId, supplyId, request.ContentType, body, cancellationToken),
            admitsSuppliers: true);
}
