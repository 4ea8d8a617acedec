namespace Ics2Port.Functions.Idempotency;

using Ics2Port.Functions.Access;
using Ics2Port.Functions.Problems;
using Ics2Port.Storage.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> header (IETF draft-ietf-httpapi-idempotency-key-header): the first request
/// with a key claims a resource id; a repeat with the same body gets that id again and the creation is
/// completed or repeated, so the answer is the first one's; the same key with another body is refused
/// with 422. A concurrent repeat does not need 409: it completes the same creation.
/// </summary>
public sealed class IdempotencyKeys(IdempotencyStore store)
{
    public const string HeaderName = "Idempotency-Key";

    /// <summary>What the header does, as the OpenAPI document says it for every operation that reads it.</summary>
    public const string HeaderDescription = "Any unique text: a retry with the same key and body answers the first result again; with another body, 422.";
    private const int MaxKeyLength = 255;

    public async Task<IdempotentClaim> ClaimAsync(
        Principal principal,
        string scope,
        string? key,
        string requestSha256,
        string newResourceId,
        DateTimeOffset receivedAt,
        CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return new IdempotentClaim(newResourceId, receivedAt);
        }

        if (Unquoted(key) is not { } unquoted)
        {
            return new IdempotentClaim(newResourceId, receivedAt, ApiProblems.BadRequest(
                $"{HeaderName} must be 1-{MaxKeyLength} visible ASCII characters, e.g. a UUID."));
        }

        var record = await store.ReserveAsync(
            new IdempotencyRecord
            {
                Owner = principal.ToString(),
                Scope = scope,
                Key = unquoted,
                RequestSha256 = requestSha256,
                ResourceId = newResourceId,
                ReceivedAt = receivedAt,
            },
            cancellationToken);
        return record.RequestSha256 == requestSha256
            ? new IdempotentClaim(record.ResourceId, record.ReceivedAt)
            : new IdempotentClaim(record.ResourceId, record.ReceivedAt, ApiProblems.IdempotencyKeyReused());
    }

    /// <summary>
    /// When the first request with this key and body was received, if there was one: a retry is the same request and is
    /// judged as of then (a permit applied for before its operation stays so when the answer was lost and it is retried).
    /// </summary>
    public async Task<DateTimeOffset?> FirstReceivedAsync(Principal principal, string scope, string? key, string requestSha256, CancellationToken cancellationToken)
    {
        if (key is null || Unquoted(key) is not { } unquoted)
        {
            return null;
        }

        var record = await store.FindAsync(principal.ToString(), scope, unquoted, cancellationToken);
        return record?.RequestSha256 == requestSha256 ? record.ReceivedAt : null;
    }

    // The draft defines the value as a structured-field string ("..."); bare tokens are common and accepted.
    private static string? Unquoted(string key)
    {
        var unquoted = key.Length >= 2 && key[0] == '"' && key[^1] == '"' ? key[1..^1] : key;
        return unquoted.Length is 0 or > MaxKeyLength || !unquoted.All(c => c is >= '!' and <= '~') ? null : unquoted;
    }
}
