using Azure;

namespace Ics2Port.Functions.Triggers.Standalone;

/// <summary>
/// This driver's hold on one blob version: the attempt it is making, whether attempts are used up (only the
/// poison hook is left to run), the last failure and its invocation, and the receipt row's ETag that every later write is conditional on.
/// </summary>
internal sealed record BlobClaim(
    string FunctionName,
    string Container,
    string BlobName,
    ETag BlobETag,
    int Attempt,
    bool AttemptsExhausted,
    string? LastError,
    string? LastInvocationId,
    string RowKey,
    ETag RowETag)
{
    public string BlobPath => $"{Container}/{BlobName}";
}
