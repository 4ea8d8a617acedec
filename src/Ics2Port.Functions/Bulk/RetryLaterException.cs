namespace Ics2Port.Functions.Bulk;

/// <summary>
/// Fails a blob invocation that decided nothing (storage or a peer unavailable), so the host tries the blob again
/// and, after its last attempt, poisons it.
/// </summary>
public sealed class RetryLaterException(string message) : Exception(message);
