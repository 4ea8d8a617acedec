namespace Ics2Port.Functions.Documents;

using Ics2Port.Domain.Reading;
using Ics2Port.Functions.Access;
using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.OpenApi;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Problems;
using Microsoft.AspNetCore.Mvc;

public static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/port-calls/{portCallId}/{direction}/{type}")
            .WithTags("Documents")
            .RequireAuthorization(AccessPolicies.AnyPrincipal)
            .ProducesApiProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable);

        group.MapPut("/", async (
                Principal principal,
                string portCallId,
                string direction,
                string type,
                RequestBody body,
                HttpRequest request,
                [FromHeader(Name = "If-Match")] string? ifMatch,
                [FromHeader(Name = "If-None-Match")] string? ifNoneMatch,
                DocumentSubmissions submissions,
                CancellationToken cancellationToken) =>
                body.TooLarge
                    ? ApiProblems.TooLarge(body.Limit).ToResult()
                    : await submissions.SubmitAsync(principal, portCallId, direction, type, request.ContentType, body.Content, new DocumentConditions(ifMatch, ifNoneMatch), cancellationToken).ToResultAsync())
            .RequireAuthorization(AccessPolicies.Agent)
            .WithName("SubmitDocument")
            .WithSummary("File a document (fal1, manifest, fal3, fal4, fal5, fal6) for the arrival or departure; an identical re-send returns the existing receipt.")
            .WithDescription("JSON for every type; CSV (text/csv, header row with the JSON field names, nested names joined with dots) or an .xlsx workbook with the same columns for fal5, fal6 and manifest. 201 for the first version, 200 for a new version or a re-send. The ETag names the version; If-Match makes the PUT conditional (412 when stale).")
            .DescribesBody<object>("application/json", "text/csv", DocumentFormats.XlsxMediaType)
            .Produces<DocumentReceipt>(StatusCodes.Status201Created)
            .Produces<DocumentReceipt>()
            .ProducesApiProblems(400, 403, 412, 413, 415, 422);

        group.MapGet("/", (Principal principal, string portCallId, string direction, string type, DocumentReadings readings, CancellationToken cancellationToken) =>
                readings.GetLatestAsync(principal, portCallId, direction, type, cancellationToken).ToResultAsync())
            .WithName("GetDocument")
            .WithSummary("The latest accepted version of a document, byte for byte and with the media type it was filed with.")
            .Produces<byte[]>(StatusCodes.Status200OK, "application/json", "text/csv", DocumentFormats.XlsxMediaType);

        group.MapGet("/versions", (Principal principal, string portCallId, string direction, string type, DocumentReadings readings, CancellationToken cancellationToken) =>
                readings.ListVersionsAsync(principal, portCallId, direction, type, cancellationToken).ToResultAsync())
            .WithName("ListDocumentVersions")
            .WithSummary("The receipts of every accepted version of a document, oldest first.")
            .Produces<DocumentVersionList>();

        group.MapGet("/versions/{version:int}", (Principal principal, string portCallId, string direction, string type, int version, DocumentReadings readings, CancellationToken cancellationToken) =>
                readings.GetVersionAsync(principal, portCallId, direction, type, version, cancellationToken).ToResultAsync())
            .WithName("GetDocumentVersion")
            .WithSummary("One accepted version of a document, byte for byte.")
            .Produces<byte[]>(StatusCodes.Status200OK, "application/json", "text/csv", DocumentFormats.XlsxMediaType);

        return endpoints;
    }
}
