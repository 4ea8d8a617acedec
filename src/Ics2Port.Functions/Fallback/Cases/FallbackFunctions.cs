namespace Ics2Port.Functions.Fallback.Cases;

using Ics2Port.Functions.Common;
using Ics2Port.Functions.Fallback.Inbox;
using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.OpenApi;
using Ics2Port.Functions.Outcomes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

[Tags("Fallback")]
public sealed class FallbackFunctions(ApiGateway api, FallbackCases cases, FallbackInbox inbox)
{
    [Function("ListFallbackCases")]
    [EndpointSummary("Fallback cases with every attempt (time, channel, outcome, error, letter id or Message-ID), optionally in one state; an agent sees its own.")]
    [EndpointDescription("state is one of the delivery states (pending, fallback-eds, fallback-email, fallback-in-person, re-entered…); an unknown state answers 400. Customs keys answer 403.")]
    [QueryParameter("state", "Only cases in this state.")]
    [ProducesResponseType<FallbackCaseList>(StatusCodes.Status200OK)]
    [OperationLink(StatusCodes.Status200OK, "GetFallbackCase", "caseId=$response.body#/items/0/caseId")]
    [OperationLink(StatusCodes.Status200OK, "GetInPersonSummary", "caseId=$response.body#/items/0/caseId")]
    [OperationLink(StatusCodes.Status200OK, "ConfirmHandOver", "caseId=$response.body#/items/0/caseId")]
    [ProducesProblems(400, 403)]
    public Task<ApiResult> ListCasesAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = "fallback/cases")] HttpRequest request) =>
        api.RunAsync(request, (principal, cancellationToken) => cases.ListAsync(principal, QueryValues.Text(request, "state"), cancellationToken));

    [Function("GetFallbackCase")]
    [EndpointSummary("One fallback case with its attempts.")]
    [EndpointDescription("caseId is the document id and version, e.g. pc-…-arrival-fal1-v1, or pc-…-supply-sp-…-v1 for a ship supply, which its supplier reads too. Another agent's or supplier's case answers 404.")]
    [ProducesResponseType<FallbackCaseView>(StatusCodes.Status200OK)]
    [ProducesProblems(404)]
    public Task<ApiResult> GetCaseAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "fallback/cases/{caseId}")] HttpRequest request,
        string caseId) =>
        api.RunAsync(request, (principal, cancellationToken) => cases.GetAsync(principal, caseId, cancellationToken), admitsSuppliers: true);

    [Function("GetInPersonSummary")]
    [EndpointSummary("The printable sheet to take to the customs control point (FB-3-IN-PERSON), as plain text.")]
    [EndpointDescription("For the agent, or for a ship supply its supplier, who hands it over; only while the case waits to be handed over in person, otherwise 409.")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/plain")]
    [ProducesProblems(404, 409)]
    public Task<ApiResult> SummaryAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "fallback/cases/{caseId}/summary")] HttpRequest request,
        string caseId) =>
        api.RunAsync(request, (principal, cancellationToken) => cases.SummaryAsync(principal, caseId, cancellationToken), admitsSuppliers: true);

    [Function("ConfirmHandOver")]
    [EndpointSummary("The authority confirms the document was handed over at the control point (FB-3-IN-PERSON); body optional: { receivedBy }.")]
    [EndpointDescription("The authority only; confirming again changes nothing. 409 when the case is not waiting for a hand-over; 422 when receivedBy is not one line of at most 200 characters (FORMAT-TEXT).")]
    [RequestBody("application/json", typeof(HandOverConfirmation), Required = false)]
    [ProducesResponseType<FallbackCaseView>(StatusCodes.Status200OK)]
    [ProducesProblems(400, 403, 404, 409, 413, 415, 422)]
    public Task<ApiResult> HandOverAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "fallback/cases/{caseId}/hand-over")] HttpRequest request,
        string caseId) =>
        api.RunWithBodyAsync(request, (principal, body, cancellationToken) => cases.HandOverAsync(principal, caseId, request.ContentType, body, cancellationToken));

    [Function("TakeInFallbackEmail")]
    [EndpointSummary("Take in an e-mail customs received during an outage; its documents are filed for re-entry (FB-REENTRY). The same messageId again changes nothing.")]
    [EndpointDescription("The authority only. receivedAt is ISO 8601 with offset (FORMAT-DATE). Attachments named like documents (arrival-fal5.csv) are filed as versions of them; an e-mail whose port call is not found is kept as unlinked. 202 also for a repeated messageId, with duplicate true.")]
    [RequestBody("application/json", typeof(FallbackInboxMessage))]
    [ProducesResponseType<IntakeView>(StatusCodes.Status202Accepted)]
    [ResponseHeader(StatusCodes.Status202Accepted, "Location", "The intake.")]
    [OperationLink(StatusCodes.Status202Accepted, "GetFallbackIntake", "intakeId=$response.body#/intakeId")]
    [ProducesProblems(400, 403, 413, 415, 422)]
    public Task<ApiResult> TakeInAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = "fallback/inbox")] HttpRequest request) =>
        api.RunWithBodyAsync(request, (principal, body, cancellationToken) => inbox.IntakeAsync(principal, request.ContentType, body, cancellationToken));

    [Function("ListFallbackIntakes")]
    [EndpointSummary("E-mails taken in, optionally only those linked a given way (link=unlinked for those no port call was found for).")]
    [EndpointDescription("The authority only; link is port-call-id, imo-voyage or unlinked.")]
    [QueryParameter("link", "Only e-mails linked this way to a port call, e.g. unlinked.")]
    [ProducesResponseType<IntakeList>(StatusCodes.Status200OK)]
    [ProducesProblems(400, 403)]
    public Task<ApiResult> ListIntakesAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = "fallback/inbox")] HttpRequest request) =>
        api.RunAsync(request, (principal, cancellationToken) => inbox.ListAsync(principal, QueryValues.Text(request, "link"), cancellationToken));

    [Function("GetFallbackIntake")]
    [EndpointSummary("One e-mail taken in, with what became of each attachment.")]
    [EndpointDescription("The authority only.")]
    [ProducesResponseType<IntakeView>(StatusCodes.Status200OK)]
    [ProducesProblems(403, 404)]
    public Task<ApiResult> GetIntakeAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "fallback/inbox/{intakeId}")] HttpRequest request,
        string intakeId) =>
        api.RunAsync(request, (principal, cancellationToken) => inbox.GetAsync(principal, intakeId, cancellationToken));
}
