namespace Ics2Port.Functions.Idempotency;

using Ics2Port.Functions.Outcomes;

/// <summary>
/// The id and reception time a creating request must use: new ones, or those of the first request
/// with the same Idempotency-Key. <see cref="Problem"/> is set when the request must be refused.
/// </summary>
public sealed record IdempotentClaim(string ResourceId, DateTimeOffset ReceivedAt, ApiOutcome? Problem = null);
