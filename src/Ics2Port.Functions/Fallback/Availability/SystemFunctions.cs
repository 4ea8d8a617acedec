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
    [EndpointDescription("While the port system is unavailable, new documents wait as pending and the fallback channels take over (FB-1-EDS, FB-2-EMAIL, FB-3-IN-PERSON).")]
    [ProducesResponseType<SystemStatusView>(StatusCodes.Status200OK)]
    public Task<ApiResult> StatusAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = "system/status")] HttpRequest request) =>
        api.RunAsync(request, (_, cancellationToken) => availability.StatusAsync(cancellationToken));

    [Function("AnnounceOutage")]
    [EndpointSummary("Record that the port system's helpdesk announced it unavailable (FB-TRIGGER); 200 with the outage already open.")]
    [EndpointDescription("The authority only. announcedAt is ISO 8601 with offset (FORMAT-DATE); an announcement of an outage still to come takes effect now.")]
    [RequestBody("application/json", typeof(OutageAnnouncement))]
    [ProducesResponseType<OutageView>(StatusCodes.Status201Created)]
    [ProducesResponseType<OutageView>(StatusCodes.Status200OK)]
    [ResponseHeader(StatusCodes.Status201Created, "Location", "The new outage.")]
    [OperationLink(StatusCodes.Status201Created, "GetOutage", "outageId=$response.body#/outageId")]
    [OperationLink(StatusCodes.Status201Created, "RestoreOutage", "outageId=$response.body#/outageId")]
    [OperationLink(StatusCodes.Status200OK, "GetOutage", "outageId=$response.body#/outageId")]
    [OperationLink(StatusCodes.Status200OK, "RestoreOutage", "outageId=$response.body#/outageId")]
    [ProducesProblems(400, 403, 413, 415, 422)]
    public Task<ApiResult> AnnounceAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = "system/outages")] HttpRequest request) =>
        api.RunWithBodyAsync(request, (principal, body, cancellationToken) => availability.AnnounceAsync(principal, request.ContentType, body, cancellationToken));

    [Function("GetOutage")]
    [EndpointSummary("One outage, open or restored.")]
    [EndpointDescription("state is open until the authority, or for a detected outage a successful status check, restores it.")]
    [ProducesResponseType<OutageView>(StatusCodes.Status200OK)]
    [ProducesProblems(404)]
    public Task<ApiResult> GetOutageAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "system/outages/{outageId}")] HttpRequest request,
        string outageId) =>
        api.RunAsync(request, (_, cancellationToken) => availability.GetOutageAsync(outageId, cancellationToken));

    [Function("RestoreOutage")]
    [EndpointSummary("Record that the port system is back; the timer then delivers what waited and re-enters every fallback document (FB-REENTRY).")]
    [EndpointDescription("The authority only; restoring a restored outage answers it again.")]
    [ProducesResponseType<OutageView>(StatusCodes.Status200OK)]
    [ProducesProblems(403, 404)]
    public Task<ApiResult> RestoreAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "system/outages/{outageId}/restore")] HttpRequest request,
        string outageId) =>
        api.RunAsync(request, (principal, cancellationToken) => availability.RestoreAsync(principal, outageId, cancellationToken));
}
