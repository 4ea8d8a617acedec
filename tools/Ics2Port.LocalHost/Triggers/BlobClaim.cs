namespace Ics2Port.LocalHost.Triggers;

using Azure;

/// <summary>
/// This host's hold on one blob version: the attempt it is making, whether attempts are used up (only the poison
/// message is left to write), the last failure, and the receipt row's ETag that every later write is conditional on.
/// </summary>
internal sealed record BlobClaim(
    string FunctionName,
    string Container,
    string BlobName,
    ETag BlobETag,
    int Attempt,
    bool AttemptsExhausted,
    string? LastError,
    string RowKey,
    ETag RowETag)
{
    public string BlobPath => $"{Container}/{BlobName}";
}
