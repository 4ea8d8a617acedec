namespace Ics2Port.Functions.Fallback.Availability;

using Ics2Port.Functions.Access;
using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.OpenApi;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Problems;

public static class SystemEndpoints
{
    public static IEndpointRouteBuilder MapSystemStatus(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/system")
            .WithTags("Port-system availability")
            .RequireAuthorization(AccessPolicies.AnyPrincipal)
            .ProducesApiProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/status", (PortSystemAvailability availability, CancellationToken cancellationToken) =>
                availability.StatusAsync(cancellationToken).ToResultAsync())
            .WithName("GetSystemStatus")
            .WithSummary("Whether the port system is available, since when, and the open outage.")
            .Produces<SystemStatusView>();

        group.MapPost("/outages", async (
                Principal principal,
                RequestBody body,
                HttpRequest request,
                PortSystemAvailability availability,
                CancellationToken cancellationToken) =>
                body.TooLarge
                    ? ApiProblems.TooLarge(body.Limit).ToResult()
                    : await availability.AnnounceAsync(principal, request.ContentType, body.Content, cancellationToken).ToResultAsync())
            .RequireAuthorization(AccessPolicies.Authority)
            .WithName("AnnounceOutage")
            .WithSummary("Record that the port system's helpdesk announced it unavailable (FB-TRIGGER); 200 with the outage already open.")
            .DescribesBody<OutageAnnouncement>("application/json")
            .Produces<OutageView>(StatusCodes.Status201Created)
            .Produces<OutageView>()
            .ProducesApiProblems(400, 403, 413, 415, 422);

        group.MapGet("/outages/{outageId}", (string outageId, PortSystemAvailability availability, CancellationToken cancellationToken) =>
                availability.GetOutageAsync(outageId, cancellationToken).ToResultAsync())
            .WithName("GetOutage")
            .WithSummary("One outage, open or restored.")
            .Produces<OutageView>()
            .ProducesApiProblems(404);

        group.MapPost("/outages/{outageId}/restore", (Principal principal, string outageId, PortSystemAvailability availability, CancellationToken cancellationToken) =>
                availability.RestoreAsync(principal, outageId, cancellationToken).ToResultAsync())
            .RequireAuthorization(AccessPolicies.Authority)
            .WithName("RestoreOutage")
            .WithSummary("Record that the port system is back; the timer then delivers what waited and re-enters every fallback document (FB-REENTRY).")
            .Produces<OutageView>()
            .ProducesApiProblems(403, 404);

        return endpoints;
    }
}
