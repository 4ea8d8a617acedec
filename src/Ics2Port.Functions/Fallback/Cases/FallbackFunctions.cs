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
    [QueryParameter("state", "Only cases in this state.")]
    [ProducesResponseType<FallbackCaseList>(StatusCodes.Status200OK)]
    [ProducesProblems(400)]
    public Task<ApiResult> ListCasesAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = "fallback/cases")] HttpRequest request) =>
        api.RunAsync(request, (principal, cancellationToken) => cases.ListAsync(principal, QueryValues.Text(request, "state"), cancellationToken));

    [Function("GetFallbackCase")]
    [EndpointSummary("One fallback case with its attempts.")]
    [ProducesResponseType<FallbackCaseView>(StatusCodes.Status200OK)]
    [ProducesProblems(404)]
    public Task<ApiResult> GetCaseAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "fallback/cases/{caseId}")] HttpRequest request,
        string caseId) =>
        api.RunAsync(request, (principal, cancellationToken) => cases.GetAsync(principal, caseId, cancellationToken));

    [Function("GetInPersonSummary")]
    [EndpointSummary("The printable sheet to take to the customs control point (FB-3-IN-PERSON), as plain text.")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/plain")]
    [ProducesProblems(404, 409)]
    public Task<ApiResult> SummaryAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "fallback/cases/{caseId}/summary")] HttpRequest request,
        string caseId) =>
        api.RunAsync(request, (principal, cancellationToken) => cases.SummaryAsync(principal, caseId, cancellationToken));

    [Function("ConfirmHandOver")]
    [EndpointSummary("The authority confirms the document was handed over at the control point (FB-3-IN-PERSON); body optional: { receivedBy }.")]
    [RequestBody(typeof(HandOverConfirmation), "application/json", Required = false)]
    [ProducesResponseType<FallbackCaseView>(StatusCodes.Status200OK)]
    [ProducesProblems(400, 403, 404, 409, 413, 415)]
    public Task<ApiResult> HandOverAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "fallback/cases/{caseId}/hand-over")] HttpRequest request,
        string caseId) =>
        api.RunWithBodyAsync(request, (principal, body, cancellationToken) => cases.HandOverAsync(principal, caseId, request.ContentType, body, cancellationToken));

    [Function("TakeInFallbackEmail")]
    [EndpointSummary("Take in an e-mail customs received during an outage; its documents are filed for re-entry (FB-REENTRY). The same messageId again changes nothing.")]
    [RequestBody(typeof(FallbackInboxMessage), "application/json")]
    [ProducesResponseType<IntakeView>(StatusCodes.Status202Accepted)]
    [ProducesProblems(400, 403, 413, 415, 422)]
    public Task<ApiResult> TakeInAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = "fallback/inbox")] HttpRequest request) =>
        api.RunWithBodyAsync(request, (principal, body, cancellationToken) => inbox.IntakeAsync(principal, request.ContentType, body, cancellationToken));

    [Function("ListFallbackIntakes")]
    [EndpointSummary("E-mails taken in, optionally only those linked a given way (link=unlinked for those no port call was found for).")]
    [QueryParameter("link", "Only e-mails linked this way to a port call, e.g. unlinked.")]
    [ProducesResponseType<IntakeList>(StatusCodes.Status200OK)]
    [ProducesProblems(400, 403)]
    public Task<ApiResult> ListIntakesAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = "fallback/inbox")] HttpRequest request) =>
        api.RunAsync(request, (principal, cancellationToken) => inbox.ListAsync(principal, QueryValues.Text(request, "link"), cancellationToken));

    [Function("GetFallbackIntake")]
    [EndpointSummary("One e-mail taken in, with what became of each attachment.")]
    [ProducesResponseType<IntakeView>(StatusCodes.Status200OK)]
    [ProducesProblems(403, 404)]
    public Task<ApiResult> GetIntakeAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "fallback/inbox/{intakeId}")] HttpRequest request,
        string intakeId) =>
        api.RunAsync(request, (principal, cancellationToken) => inbox.GetAsync(principal, intakeId, cancellationToken));
}
