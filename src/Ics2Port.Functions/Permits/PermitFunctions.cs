namespace Ics2Port.Functions.Permits;

using Ics2Port.Domain.Permits;
using Ics2Port.Functions.Common;
using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.Idempotency;
using Ics2Port.Functions.OpenApi;
using Ics2Port.Functions.Outcomes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

[Tags("Permits")]
public sealed class PermitFunctions(ApiGateway api, PermitApplications applications, PermitDecisions decisions)
{
    [Function("ApplyForPermit")]
    [EndpointSummary("Apply for an unloading or loading permit (one berth per application, PERMIT-ONE-BERTH).")]
    [EndpointDescription("Send an Idempotency-Key to make retries safe: the same key and body answer the first receipt again; the same key with another body answers 422.")]
    [RequestHeader(IdempotencyKeys.HeaderName, IdempotencyKeys.HeaderDescription)]
    [RequestBody("application/json", typeof(PermitApplication))]
    [ProducesResponseType<PermitReceipt>(StatusCodes.Status201Created)]
    [ResponseHeader(StatusCodes.Status201Created, "Location", "The permit application.")]
    [OperationLink(StatusCodes.Status201Created, "GetPermit", "permitId=$response.body#/permitId")]
    [OperationLink(StatusCodes.Status201Created, "DecidePermit", "permitId=$response.body#/permitId")]
    [OperationLink(StatusCodes.Status201Created, "ListPermits", "portCallId=$response.body#/portCallId")]
    [ProducesProblems(400, 403, 404, 413, 415, 422)]
    public Task<ApiResult> ApplyAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "port-calls/{portCallId}/permits")] HttpRequest request,
        string portCallId) =>
        api.RunWithBodyAsync(request, (principal, body, cancellationToken) =>
            applications.SubmitAsync(principal, portCallId, request.ContentType, body, QueryValues.Header(request, IdempotencyKeys.HeaderName), cancellationToken));

    [Function("ListPermits")]
    [EndpointSummary("The permit applications of a port call, oldest first, each with its state and customs' decision.")]
    [EndpointDescription("The agent of the port call, customs of its port and the authority read them; anyone else gets 404.")]
    [ProducesResponseType<PermitList>(StatusCodes.Status200OK)]
    [OperationLink(StatusCodes.Status200OK, "GetPermit", "permitId=$response.body#/items/0/permitId")]
    [ProducesProblems(404)]
    public Task<ApiResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "port-calls/{portCallId}/permits")] HttpRequest request,
        string portCallId) =>
        api.RunAsync(request, (principal, cancellationToken) => applications.ListAsync(principal, portCallId, cancellationToken));

    [Function("GetPermit")]
    [EndpointSummary("A permit application with its state and, once customs decided it, the decision.")]
    [EndpointDescription("application is the application as filed; decision is customs' grant (with the permit number) or refusal (with the reason). An agent reads its own permits only, customs those of their port; any other answers 404.")]
    [ProducesResponseType<PermitView>(StatusCodes.Status200OK)]
    [ProducesProblems(404)]
    public Task<ApiResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "permits/{permitId}")] HttpRequest request,
        string permitId) =>
        api.RunAsync(request, (principal, cancellationToken) => applications.GetAsync(principal, permitId, cancellationToken));

    [Function("DecidePermit")]
    [EndpointSummary("Customs grant a permit with its number or refuse it with a reason; a decided permit is never decided again.")]
    [EndpointDescription("Only the customs control point of the port call's port decides (customs of another port get 404, agents and the authority 403). A second decision answers 409 with the decision already made; a refused application may be applied for anew.")]
    [RequestBody("application/json", typeof(PermitDecisionRequest))]
    [ProducesResponseType<PermitSummary>(StatusCodes.Status200OK)]
    [OperationLink(StatusCodes.Status200OK, "GetPermit", "permitId=$response.body#/permitId")]
    [ProducesProblems(400, 403, 404, 409, 413, 415, 422)]
    public Task<ApiResult> DecideAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "permits/{permitId}/decision")] HttpRequest request,
        string permitId) =>
        api.RunWithBodyAsync(request, (principal, body, cancellationToken) =>
            decisions.DecideAsync(principal, permitId, request.ContentType, body, cancellationToken));

    [Function("ListUndecidedPermits")]
    [EndpointSummary("Customs' worklist: the permit applications of their port awaiting a decision, oldest first, each with its port call and state.")]
    [EndpointDescription("The customs control point only (agents, suppliers and the authority get 403); a decided permit leaves the list, whoever decided it.")]
    [ProducesResponseType<PermitWorklist>(StatusCodes.Status200OK)]
    [OperationLink(StatusCodes.Status200OK, "GetPermit", "permitId=$response.body#/items/0/permitId")]
    [OperationLink(StatusCodes.Status200OK, "DecidePermit", "permitId=$response.body#/items/0/permitId")]
    [ProducesProblems(403)]
    public Task<ApiResult> ListUndecidedAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "customs/permits")] HttpRequest request) =>
        api.RunAsync(request, (principal, cancellationToken) => applications.ListUndecidedAsync(principal, cancellationToken));
}
