namespace Ics2Port.Storage.Idempotency;

/// <summary>
/// The first use of an <c>Idempotency-Key</c>: which request it carried (by hash) and which resource it
/// created, so that a repeat returns the same resource and a different request under the key is refused.
/// </summary>
public sealed record IdempotencyRecord
{
    /// <summary>Whose key it is, e.g. <c>agent:AG-BALTSHIP</c>; keys of different callers never meet.</summary>
    public required string Owner { get; init; }

    /// <summary>What the key applies to, e.g. <c>permits:pc-7k2m9x4q1z</c>.</summary>
    public required string Scope { get; init; }

    /// <summary>The key as the client sent it.</summary>
    public required string Key { get; init; }

    /// <summary>Lower-case hex SHA-256 of the request body.</summary>
    public required string RequestSha256 { get; init; }

    /// <summary>Id of the resource the first request created.</summary>
    public required string ResourceId { get; init; }

    /// <summary>When the first request was received; repeats report the same time.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }
}
