namespace Ics2Port.Functions.Permits;

using Ics2Port.Functions.Access;
using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.Idempotency;
using Ics2Port.Functions.OpenApi;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Problems;
using Microsoft.AspNetCore.Mvc;

public static class PermitEndpoints
{
    public static IEndpointRouteBuilder MapPermits(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/port-calls/{portCallId}/permits", async (
                Principal principal,
                string portCallId,
                RequestBody body,
                HttpRequest request,
                [FromHeader(Name = IdempotencyKeys.HeaderName)] string? idempotencyKey,
                PermitApplications applications,
                CancellationToken cancellationToken) =>
                body.TooLarge
                    ? ApiProblems.TooLarge(body.Limit).ToResult()
                    : await applications.SubmitAsync(principal, portCallId, request.ContentType, body.Content, idempotencyKey, cancellationToken).ToResultAsync())
            .WithTags("Permits")
            .RequireAuthorization(AccessPolicies.Agent)
            .WithName("ApplyForPermit")
            .WithSummary("Apply for an unloading or loading permit (one berth per application, PERMIT-ONE-BERTH).")
            .WithDescription("Send an Idempotency-Key to make retries safe: the same key and body answer the first receipt again; the same key with another body answers 422.")
            .DescribesBody<Domain.Permits.PermitApplication>("application/json")
            .Produces<PermitReceipt>(StatusCodes.Status201Created)
            .ProducesApiProblems(400, 401, 403, 404, 413, 415, 422, 503);

        endpoints.MapGet("/api/permits/{permitId}", (Principal principal, string permitId, PermitApplications applications, CancellationToken cancellationToken) =>
                applications.GetAsync(principal, permitId, cancellationToken).ToResultAsync())
            .WithTags("Permits")
            .RequireAuthorization(AccessPolicies.AnyPrincipal)
            .WithName("GetPermit")
            .WithSummary("A permit application with its state.")
            .Produces<PermitView>()
            .ProducesApiProblems(401, 404, 503);

        return endpoints;
    }
}
