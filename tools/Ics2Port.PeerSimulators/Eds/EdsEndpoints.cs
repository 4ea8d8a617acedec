namespace Ics2Port.PeerSimulators.Eds;

using System.Security.Cryptography;
using System.Text;
using Ics2Port.PeerSimulators.Control;

/// <summary>
/// The EDS's "Correspondence with VID": <c>POST /eds/correspondence/letters</c> files a letter once per idempotency key
/// (201 new, 200 same letter again, 409 a different letter under a used key), <c>GET /eds/status</c>.
/// </summary>
public static class EdsEndpoints
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static IEndpointRouteBuilder MapEds(this IEndpointRouteBuilder routes)
    {
        var eds = routes.MapGroup("/" + PeerNames.Eds).AddEndpointFilter(new AvailabilityFilter(PeerNames.Eds));

        eds.MapGet("/status", () => Results.Ok(new { status = "available" }));
        eds.MapPost("/correspondence/letters", FileLetter);
        return routes;
    }

    private static IResult FileLetter(LetterRequest request, HttpRequest http, EdsInbox inbox, TimeProvider timeProvider)
    {
        var key = http.Headers[IdempotencyKeyHeader].ToString() is { Length: > 0 } header ? header : request.IdempotencyKey;
        if (string.IsNullOrWhiteSpace(key) || (request.IdempotencyKey is { Length: > 0 } inBody && inBody != key))
        {
            return BadRequest("An idempotency key is required, and header and body must agree.");
        }

        if (string.IsNullOrWhiteSpace(request.Category) || string.IsNullOrWhiteSpace(request.Subject) || request.Body is null)
        {
            return BadRequest("category, subject and body are required; the category names the customs control point.");
        }

        var attachments = new List<ReceivedAttachment>();
        foreach (var attachment in request.Attachments ?? [])
        {
            var content = new byte[((attachment.ContentBase64?.Length ?? 0) * 3 / 4) + 3];
            if (string.IsNullOrWhiteSpace(attachment.FileName) || !Convert.TryFromBase64String(attachment.ContentBase64 ?? string.Empty, content, out var length))
            {
                return BadRequest("Every attachment needs a fileName and base64 content.");
            }

            attachments.Add(new ReceivedAttachment(
                attachment.FileName,
                attachment.ContentType ?? "application/octet-stream",
                length,
                Convert.ToHexStringLower(SHA256.HashData(content.AsSpan(0, length)))));
        }

        var fingerprint = Fingerprint(request, attachments);
        var (created, letter) = inbox.File(
            letterId => new ReceivedLetter(letterId, key, request.Category, request.Subject, request.Body, attachments, fingerprint, timeProvider.GetUtcNow(), Requests: 1),
            key);
        if (letter.Fingerprint != fingerprint)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: $"Idempotency key '{key}' was used for a different letter ({letter.LetterId}).");
        }

        var answer = new { letterId = letter.LetterId, idempotencyKey = key };
        return created ? Results.Created($"/{PeerNames.Eds}/correspondence/letters/{letter.LetterId}", answer) : Results.Ok(answer);
    }

    private static string Fingerprint(LetterRequest request, IEnumerable<ReceivedAttachment> attachments)
    {
        var canonical = string.Join('\n', [request.Category, request.Subject, request.Body, .. attachments.Select(file => $"{file.FileName}|{file.ContentType}|{file.Sha256}")]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static IResult BadRequest(string title) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: title);
}
