namespace Ics2Port.Functions.Fallback.Availability;

using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.OpenApi;
using Ics2Port.Functions.Outcomes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

[Tags("Port-system availability")]
public sealed class SystemFunctions(ApiGateway api, PortSystemAvailability availability)
{
    [Function("GetSystemStatus")]
    [EndpointSummary("Whether the port system is available, since when, and the open outage.")]
    [ProducesResponseType<SystemStatusView>(StatusCodes.Status200OK)]
    public Task<ApiResult> StatusAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = "system/status")] HttpRequest request) =>
        api.RunAsync(request, (_, cancellationToken) => availability.StatusAsync(cancellationToken));

    [Function("AnnounceOutage")]
    [EndpointSummary("Record that the port system's helpdesk announced it unavailable (FB-TRIGGER); 200 with the outage already open.")]
    [RequestBody(typeof(OutageAnnouncement), "application/json")]
    [ProducesResponseType<OutageView>(StatusCodes.Status201Created)]
    [ProducesResponseType<OutageView>(StatusCodes.Status200OK)]
    [ProducesProblems(400, 403, 413, 415, 422)]
    public Task<ApiResult> AnnounceAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = "system/outages")] HttpRequest request) =>
        api.RunWithBodyAsync(request, (principal, body, cancellationToken) => availability.AnnounceAsync(principal, request.ContentType, body, cancellationToken));

    [Function("GetOutage")]
    [EndpointSummary("One outage, open or restored.")]
    [ProducesResponseType<OutageView>(StatusCodes.Status200OK)]
    [ProducesProblems(404)]
    public Task<ApiResult> GetOutageAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "system/outages/{outageId}")] HttpRequest request,
        string outageId) =>
        api.RunAsync(request, (_, cancellationToken) => availability.GetOutageAsync(outageId, cancellationToken));

    [Function("RestoreOutage")]
    [EndpointSummary("Record that the port system is back; the timer then delivers what waited and re-enters every fallback document (FB-REENTRY).")]
    [ProducesResponseType<OutageView>(StatusCodes.Status200OK)]
    [ProducesProblems(403, 404)]
    public Task<ApiResult> RestoreAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "system/outages/{outageId}/restore")] HttpRequest request,
        string outageId) =>
        api.RunAsync(request, (principal, cancellationToken) => availability.RestoreAsync(principal, outageId, cancellationToken));
}
