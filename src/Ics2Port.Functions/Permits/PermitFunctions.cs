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
public sealed class PermitFunctions(ApiGateway api, PermitApplications applications)
{
    [Function("ApplyForPermit")]
    [EndpointSummary("Apply for an unloading or loading permit (one berth per application, PERMIT-ONE-BERTH).")]
    [EndpointDescription("Send an Idempotency-Key to make retries safe: the same key and body answer the first receipt again; the same key with another body answers 422.")]
    [RequestHeader(IdempotencyKeys.HeaderName, IdempotencyKeys.HeaderDescription)]
    [RequestBody("application/json", typeof(PermitApplication))]
    [ProducesResponseType<PermitReceipt>(StatusCodes.Status201Created)]
    [ResponseHeader(StatusCodes.Status201Created, "Location", "The permit application.")]
    [OperationLink(StatusCodes.Status201Created, "GetPermit", "permitId=$response.body#/permitId")]
    [ProducesProblems(400, 403, 404, 413, 415, 422)]
    public Task<ApiResult> ApplyAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "port-calls/{portCallId}/permits")] HttpRequest request,
        string portCallId) =>
        api.RunWithBodyAsync(request, (principal, body, cancellationToken) =>
            applications.SubmitAsync(principal, portCallId, request.ContentType, body, QueryValues.Header(request, IdempotencyKeys.HeaderName), cancellationToken));

    [Function("GetPermit")]
    [EndpointSummary("A permit application with its state.")]
    [EndpointDescription("application is the application as filed. An agent reads its own permits only; another agent's answers 404.")]
    [ProducesResponseType<PermitView>(StatusCodes.Status200OK)]
    [ProducesProblems(404)]
    public Task<ApiResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "permits/{permitId}")] HttpRequest request,
        string permitId) =>
        api.RunAsync(request, (principal, cancellationToken) => applications.GetAsync(principal, permitId, cancellationToken));
}
