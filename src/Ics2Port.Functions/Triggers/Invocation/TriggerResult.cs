namespace Ics2Port.Functions.Triggers.Invocation;

/// <summary>
/// What a blob or timer handler reports. A failure fails the invocation (HTTP 500 to the host), so the host
/// retries the blob and, after its last attempt, poisons it; <see cref="Logs"/> reach the host's invocation log.
/// </summary>
public sealed record TriggerResult(bool Succeeded, string? Error, IReadOnlyList<string> Logs)
{
    public static TriggerResult Success(params string[] logs) => new(true, null, logs);

    public static TriggerResult Failure(string error, params string[] logs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return new(false, error, logs);
    }
}
