namespace Ics2Port.Functions.Documents;

using System.Globalization;
using Ics2Port.Domain.Reading;
using Ics2Port.Functions.Common;
using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.OpenApi;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Problems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

[Tags("Documents")]
public sealed class DocumentFunctions(ApiGateway api, DocumentSubmissions submissions, DocumentReadings readings)
{
    private const string DocumentRoute = "port-calls/{portCallId}/{direction}/{type}";

    [Function("SubmitDocument")]
    [EndpointSummary("File a document (fal1, manifest, fal3, fal4, fal5, fal6) for the arrival or departure; an identical re-send returns the existing receipt.")]
    [EndpointDescription("JSON for every type; CSV (text/csv, header row with the JSON field names, nested names joined with dots) or an .xlsx workbook with the same columns for fal5, fal6 and manifest. 201 for the first version, 200 for a new version or a re-send. The ETag names the version; If-Match makes the PUT conditional (412 when stale).")]
    [RequestHeader("If-Match", "The ETag of the version this one replaces: the PUT is refused with 412 if another version came first.")]
    [RequestHeader("If-None-Match", "* to file only a first version: refused with 412 if there is one.")]
    [RequestBody("application/json", typeof(PortCallDocument))]
    [RequestBody("text/csv", typeof(string))]
    [RequestBody(DocumentFormats.XlsxMediaType, typeof(Stream))]
    [ProducesResponseType<DocumentReceipt>(StatusCodes.Status201Created)]
    [ProducesResponseType<DocumentReceipt>(StatusCodes.Status200OK)]
    [ResponseHeader(StatusCodes.Status201Created, "Location", "The document: GET it for the latest version.")]
    [ResponseHeader(StatusCodes.Status201Created, "ETag", "The version filed, e.g. \"v1\".")]
    [ResponseHeader(StatusCodes.Status200OK, "ETag", "The version filed, e.g. \"v2\".")]
    [OperationLink(StatusCodes.Status201Created, "GetDocument", "portCallId=$response.body#/portCallId", "direction=$response.body#/direction", "type=$response.body#/type")]
    [OperationLink(StatusCodes.Status201Created, "ListDocumentVersions", "portCallId=$response.body#/portCallId", "direction=$response.body#/direction", "type=$response.body#/type")]
    [OperationLink(StatusCodes.Status201Created, "GetDocumentVersion", "portCallId=$response.body#/portCallId", "direction=$response.body#/direction", "type=$response.body#/type", "version=$response.body#/version")]
    [OperationLink(StatusCodes.Status201Created, "GetPortCall", "portCallId=$response.body#/portCallId")]
    [OperationLink(StatusCodes.Status201Created, "EndorseManifest", "portCallId=$response.body#/portCallId", "direction=$response.body#/direction", "version=$response.body#/version")]
    [OperationLink(StatusCodes.Status201Created, "GetEnsDeadlines", "portCallId=$response.body#/portCallId")]
    [ProducesProblems(400, 403, 404, 412, 413, 415, 422)]
    public Task<ApiResult> SubmitAsync(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = DocumentRoute)] HttpRequest request,
        string portCallId,
        string direction,
        string type) =>
        api.RunWithBodyAsync(request, (principal, body, cancellationToken) =>
            submissions.SubmitAsync(
                principal,
                portCallId,
                direction,
                type,
                request.ContentType,
                body,
                new DocumentConditions(QueryValues.Header(request, "If-Match"), QueryValues.Header(request, "If-None-Match")),
                cancellationToken));

    [Function("GetDocument")]
    [EndpointSummary("The latest accepted version of a document, byte for byte and with the media type it was filed with.")]
    [EndpointDescription("Answers the bytes of the latest version as filed (JSON, CSV or XLSX), with its ETag. An agent reads its own port calls only; another agent's answers 404.")]
    [ProducesContent(StatusCodes.Status200OK, "application/json", typeof(PortCallDocument))]
    [ProducesContent(StatusCodes.Status200OK, "text/csv", typeof(string))]
    [ProducesContent(StatusCodes.Status200OK, DocumentFormats.XlsxMediaType, typeof(Stream))]
    [ResponseHeader(StatusCodes.Status200OK, "ETag", "The version served, e.g. \"v2\".")]
    [ProducesProblems(404)]
    public Task<ApiResult> GetLatestAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = DocumentRoute)] HttpRequest request,
        string portCallId,
        string direction,
        string type) =>
        api.RunAsync(request, (principal, cancellationToken) => readings.GetLatestAsync(principal, portCallId, direction, type, cancellationToken));

    [Function("ListDocumentVersions")]
    [EndpointSummary("The receipts of every accepted version of a document, oldest first.")]
    [EndpointDescription("Each receipt names its version, sha256 and state; a version is never changed once accepted.")]
    [ProducesResponseType<DocumentVersionList>(StatusCodes.Status200OK)]
    [ProducesProblems(404)]
    public Task<ApiResult> ListVersionsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = DocumentRoute + "/versions")] HttpRequest request,
        string portCallId,
        string direction,
        string type) =>
        api.RunAsync(request, (principal, cancellationToken) => readings.ListVersionsAsync(principal, portCallId, direction, type, cancellationToken));

    [Function("GetDocumentVersion")]
    [EndpointSummary("One accepted version of a document, byte for byte.")]
    [EndpointDescription("Versions are numbered from 1; the ETag names the version served.")]
    [ProducesContent(StatusCodes.Status200OK, "application/json", typeof(PortCallDocument))]
    [ProducesContent(StatusCodes.Status200OK, "text/csv", typeof(string))]
    [ProducesContent(StatusCodes.Status200OK, DocumentFormats.XlsxMediaType, typeof(Stream))]
    [ResponseHeader(StatusCodes.Status200OK, "ETag", "The version served, e.g. \"v2\".")]
    [ProducesProblems(404)]
    public Task<ApiResult> GetVersionAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = DocumentRoute + "/versions/{version:int}")] HttpRequest request,
        string portCallId,
        string direction,
        string type,
        string version) =>
        api.RunAsync(request, (principal, cancellationToken) =>
            int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? readings.GetVersionAsync(principal, portCallId, direction, type, number, cancellationToken)
                : Task.FromResult(ApiProblems.NotFound($"There is no version '{version}'.")));
}
