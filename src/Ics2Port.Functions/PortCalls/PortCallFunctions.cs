namespace Ics2Port.Functions.PortCalls;

using Ics2Port.Domain.PortCalls;
using Ics2Port.Functions.Common;
using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.Idempotency;
using Ics2Port.Functions.OpenApi;
using Ics2Port.Functions.Outcomes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

[Tags("Port calls")]
public sealed class PortCallFunctions(ApiGateway api, PortCallRegistry registry)
{
    [Function("CreatePortCall")]
    [EndpointSummary("Register a port call; answers the port call with the documents each direction requires.")]
    [EndpointDescription("Send an Idempotency-Key to make retries safe: the same key and body answer the same port call again; the same key with another body answers 422.")]
    [RequestHeader(IdempotencyKeys.HeaderName, IdempotencyKeys.HeaderDescription)]
    [RequestBody("application/json", typeof(PortCallRequest))]
    [ProducesResponseType<PortCallView>(StatusCodes.Status201Created)]
    [ResponseHeader(StatusCodes.Status201Created, "Location", "The new port call.")]
    [OperationLink(StatusCodes.Status201Created, "GetPortCall", "portCallId=$response.body#/portCallId")]
    [OperationLink(StatusCodes.Status201Created, "SubmitDocument", "portCallId=$response.body#/portCallId", "direction=arrival", "type=$response.body#/arrival/missing/0")]
    [OperationLink(StatusCodes.Status201Created, "ApplyForPermit", "portCallId=$response.body#/portCallId")]
    [OperationLink(StatusCodes.Status201Created, "FileSupply", "portCallId=$response.body#/portCallId")]
    [OperationLink(StatusCodes.Status201Created, "ListSupplies", "portCallId=$response.body#/portCallId")]
    [ProducesProblems(400, 403, 413, 415, 422)]
    public Task<ApiResult> CreateAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = "port-calls")] HttpRequest request) =>
        api.RunWithBodyAsync(request, (principal, body, cancellationToken) =>
            registry.CreateAsync(principal, request.ContentType, body, QueryValues.Header(request, IdempotencyKeys.HeaderName), cancellationToken));

    [Function("ListPortCalls")]
    [EndpointSummary("The caller's port calls (every agent's for the authority), optionally of one vessel (IMO number) and/or port.")]
    [EndpointDescription("Newest first. An agent sees its own port calls; the authority sees every agent's.")]
    [QueryParameter("imo", "Only port calls of this vessel (IMO number).")]
    [QueryParameter("port", "Only port calls at this port (UN/LOCODE).")]
    [ProducesResponseType<PortCallList>(StatusCodes.Status200OK)]
    public Task<ApiResult> ListAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = "port-calls")] HttpRequest request) =>
        api.RunAsync(request, (principal, cancellationToken) =>
            registry.ListAsync(principal, QueryValues.Text(request, "imo"), QueryValues.Text(request, "port"), cancellationToken));

    [Function("GetPortCall")]
    [EndpointSummary("A port call with, per direction, the state of each document and the document types still missing (FAL-ARR, FAL-DEP).")]
    [EndpointDescription("missing lists the document types a direction still requires: FAL 1, the manifest, and FAL 3, 5 and 6 as FAL 1 and the stay decide (FAL-ARR, FAL-DEP). Another agent's port call answers 404.")]
    [ProducesResponseType<PortCallView>(StatusCodes.Status200OK)]
    [ProducesProblems(404)]
    public Task<ApiResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "port-calls/{portCallId}")] HttpRequest request,
        string portCallId) =>
        api.RunAsync(request, (principal, cancellationToken) => registry.GetAsync(principal, portCallId, cancellationToken));
}
