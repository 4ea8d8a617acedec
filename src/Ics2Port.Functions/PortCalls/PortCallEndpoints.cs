namespace Ics2Port.Functions.PortCalls;

using Ics2Port.Functions.Access;
using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.Idempotency;
using Ics2Port.Functions.OpenApi;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Problems;
using Microsoft.AspNetCore.Mvc;

public static class PortCallEndpoints
{
    public static IEndpointRouteBuilder MapPortCalls(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/port-calls")
            .WithTags("Port calls")
            .RequireAuthorization(AccessPolicies.AnyPrincipal)
            .ProducesApiProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status503ServiceUnavailable);

        group.MapPost("/", async (
                Principal principal,
                RequestBody body,
                HttpRequest request,
                [FromHeader(Name = IdempotencyKeys.HeaderName)] string? idempotencyKey,
                PortCallRegistry registry,
                CancellationToken cancellationToken) =>
                body.TooLarge
                    ? ApiProblems.TooLarge(body.Limit).ToResult()
                    : await registry.CreateAsync(principal, request.ContentType, body.Content, idempotencyKey, cancellationToken).ToResultAsync())
            .RequireAuthorization(AccessPolicies.Agent)
            .WithName("CreatePortCall")
            .WithSummary("Register a port call; answers the port call with the documents each direction requires.")
            .DescribesBody<Domain.PortCalls.PortCallRequest>("application/json")
            .Produces<PortCallView>(StatusCodes.Status201Created)
            .ProducesApiProblems(400, 403, 413, 415, 422);

        group.MapGet("/", (Principal principal, string? imo, string? port, PortCallRegistry registry, CancellationToken cancellationToken) =>
                registry.ListAsync(principal, imo, port, cancellationToken).ToResultAsync())
            .WithName("ListPortCalls")
            .WithSummary("The caller's port calls (every agent's for the authority), optionally of one vessel (IMO number) and/or port.")
            .Produces<PortCallList>();

        group.MapGet("/{portCallId}", (Principal principal, string portCallId, PortCallRegistry registry, CancellationToken cancellationToken) =>
                registry.GetAsync(principal, portCallId, cancellationToken).ToResultAsync())
            .WithName("GetPortCall")
            .WithSummary("A port call with, per direction, the state of each document and the document types still missing (FAL-ARR, FAL-DEP).")
            .Produces<PortCallView>()
            .ProducesApiProblems(404);

        return endpoints;
    }
}
