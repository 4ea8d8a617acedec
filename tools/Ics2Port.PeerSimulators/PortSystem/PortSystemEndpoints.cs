namespace Ics2Port.PeerSimulators.PortSystem;

using System.Security.Cryptography;
using Ics2Port.PeerSimulators.Control;

/// <summary>
/// The port system's document API: <c>PUT /port-system/documents/{documentId}/versions/{version}</c> (idempotent by id and
/// version: 201 new, 200 same bytes again, 409 different bytes), <c>GET</c> of the same to read it back, <c>GET /port-system/status</c>.
/// A type given an answer (<see cref="PortSystemAnswers"/>) is answered with a decision, or refused with 422.
/// </summary>
public static class PortSystemEndpoints
{
    public const string PortCallIdHeader = "X-Port-Call-Id";
    public const string DocumentTypeHeader = "X-Document-Type";
    public const string DirectionHeader = "X-Direction";
    public const string ContentSha256Header = "X-Content-SHA256";

    public static IEndpointRouteBuilder MapPortSystem(this IEndpointRouteBuilder routes)
    {
        var portSystem = routes.MapGroup("/" + PeerNames.PortSystem).AddEndpointFilter(new AvailabilityFilter(PeerNames.PortSystem));

        portSystem.MapGet("/status", () => Results.Ok(new { status = "available" }));
        portSystem.MapPut("/documents/{documentId}/versions/{version:int}", PutAsync);
        portSystem.MapGet("/documents/{documentId}/versions/{version:int}", (string documentId, int version, PortSystemInbox inbox) =>
            inbox.Get(documentId, version) is { } entry
                ? Results.Bytes(entry.Content, entry.Document.ContentType ?? "application/octet-stream")
                : Results.NotFound());
        return routes;
    }

    private static async Task<IResult> PutAsync(
        string documentId, int version, HttpRequest request, PortSystemInbox inbox, PortSystemAnswers answers, TimeProvider timeProvider)
    {
        if (version < 1)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Versions start at 1.");
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted).ConfigureAwait(false);
        var content = buffer.ToArray();
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        var declared = request.Headers[ContentSha256Header].ToString();
        if (declared.Length > 0 && !string.Equals(declared, sha256, StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"{ContentSha256Header} is {declared} but the body hashes to {sha256}.");
        }

        var documentType = Header(request, DocumentTypeHeader);
        var canned = answers.For(documentType);
        if (canned?.Refusal is { } refusal && inbox.Get(documentId, version) is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: refusal);
        }

        var candidate = new ReceivedDocument(
            documentId,
            version,
            sha256,
            Header(request, PortCallIdHeader),
            documentType,
            Header(request, DirectionHeader),
            request.ContentType,
            content.Length,
            timeProvider.GetUtcNow(),
            Requests: 0,
            canned?.Decision);
        var (result, stored) = inbox.Put(candidate, content);
        return result switch
        {
            PutOutcome.Created => Results.Created($"/{PeerNames.PortSystem}/documents/{Uri.EscapeDataString(documentId)}/versions/{version}", stored),
            PutOutcome.Repeated => Results.Ok(stored),
            _ => Results.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: $"Document {documentId} version {version} is already held with SHA-256 {stored.Sha256}; a new content needs a new version."),
        };
    }

    private static string? Header(HttpRequest request, string name) =>
        request.Headers[name] is { Count: > 0 } values ? values.ToString() : null;
}
