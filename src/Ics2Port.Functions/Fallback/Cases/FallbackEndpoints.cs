namespace Ics2Port.Functions.Fallback.Cases;

using Ics2Port.Functions.Access;
using Ics2Port.Functions.Fallback.Inbox;
using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.OpenApi;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Problems;

public static class FallbackEndpoints
{
    public static IEndpointRouteBuilder MapFallback(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/fallback")
            .WithTags("Fallback")
            .RequireAuthorization(AccessPolicies.AnyPrincipal)
            .ProducesApiProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/cases", (Principal principal, string? state, FallbackCases cases, CancellationToken cancellationToken) =>
                cases.ListAsync(principal, state, cancellationToken).ToResultAsync())
            .WithName("ListFallbackCases")
            .WithSummary("Fallback cases with every attempt (time, channel, outcome, error, letter id or Message-ID), optionally in one state; an agent sees its own.")
            .Produces<FallbackCaseList>()
            .ProducesApiProblems(400);

        group.MapGet("/cases/{caseId}", (Principal principal, string caseId, FallbackCases cases, CancellationToken cancellationToken) =>
                cases.GetAsync(principal, caseId, cancellationToken).ToResultAsync())
            .WithName("GetFallbackCase")
            .WithSummary("One fallback case with its attempts.")
            .Produces<FallbackCaseView>()
            .ProducesApiProblems(404);

        group.MapGet("/cases/{caseId}/summary", (Principal principal, string caseId, FallbackCases cases, CancellationToken cancellationToken) =>
                cases.SummaryAsync(principal, caseId, cancellationToken).ToResultAsync())
            .WithName("GetInPersonSummary")
            .WithSummary("The printable sheet to take to the customs control point (FB-3-IN-PERSON), as plain text.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .ProducesApiProblems(404, 409);

        group.MapPost("/cases/{caseId}/hand-over", async (
                Principal principal,
                string caseId,
                RequestBody body,
                HttpRequest request,
                FallbackCases cases,
                CancellationToken cancellationToken) =>
                body.TooLarge
                    ? ApiProblems.TooLarge(body.Limit).ToResult()
                    : await cases.HandOverAsync(principal, caseId, request.ContentType, body.Content, cancellationToken).ToResultAsync())
            .RequireAuthorization(AccessPolicies.Authority)
            .WithName("ConfirmHandOver")
            .WithSummary("The authority confirms the document was handed over at the control point (FB-3-IN-PERSON); body optional: { receivedBy }.")
            .DescribesOptionalBody<HandOverConfirmation>("application/json")
            .Produces<FallbackCaseView>()
            .ProducesApiProblems(400, 403, 404, 409, 415);

        group.MapPost("/inbox", async (
                Principal principal,
                RequestBody body,
                HttpRequest request,
                FallbackInbox inbox,
                CancellationToken cancellationToken) =>
                body.TooLarge
                    ? ApiProblems.TooLarge(body.Limit).ToResult()
                    : await inbox.IntakeAsync(principal, request.ContentType, body.Content, cancellationToken).ToResultAsync())
            .RequireAuthorization(AccessPolicies.Authority)
            .WithName("TakeInFallbackEmail")
            .WithSummary("Take in an e-mail customs received during an outage; its documents are filed for re-entry (FB-REENTRY). The same messageId again changes nothing.")
            .DescribesBody<FallbackInboxMessage>("application/json")
            .Produces<IntakeView>(StatusCodes.Status202Accepted)
            .ProducesApiProblems(400, 403, 413, 415, 422);

        group.MapGet("/inbox", (Principal principal, string? link, FallbackInbox inbox, CancellationToken cancellationToken) =>
                inbox.ListAsync(principal, link, cancellationToken).ToResultAsync())
            .RequireAuthorization(AccessPolicies.Authority)
            .WithName("ListFallbackIntakes")
            .WithSummary("E-mails taken in, optionally only those linked a given way (link=unlinked for those no port call was found for).")
            .Produces<IntakeList>()
            .ProducesApiProblems(403);

        group.MapGet("/inbox/{intakeId}", (Principal principal, string intakeId, FallbackInbox inbox, CancellationToken cancellationToken) =>
                inbox.GetAsync(principal, intakeId, cancellationToken).ToResultAsync())
            .RequireAuthorization(AccessPolicies.Authority)
            .WithName("GetFallbackIntake")
            .WithSummary("One e-mail taken in, with what became of each attachment.")
            .Produces<IntakeView>()
            .ProducesApiProblems(403, 404);

        return endpoints;
    }
}
