using Azure;

namespace Ics2Port.Functions.Bulk;

/// <summary>
/// A blob version that failed <see cref="Attempts"/> times, with the last failure's message and the id of the
/// invocation that failed last (to find its log) or, in Azure, of the invocation handling the host's poison message
/// <see cref="PoisonMessageId"/>, which names the blob but carries no error.
/// </summary>
public sealed record PoisonBlob(
    string FunctionName,
    string Container,
    string BlobName,
    ETag ETag,
    int Attempts,
    string? LastError,
    string? LastInvocationId = null,
    string? PoisonMessageId = null);
