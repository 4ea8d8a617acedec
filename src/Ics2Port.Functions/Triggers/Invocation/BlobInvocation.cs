using Azure;

namespace Ics2Port.Functions.Triggers.Invocation;

/// <summary>
/// One blob trigger invocation, independent of how the host encoded it. <see cref="Content"/> is the inline
/// content when the host sent it; <see cref="ETag"/>, <see cref="ContentType"/> and <see cref="DeliveryCount"/>
/// are known only when the host said so — read the blob by <see cref="Container"/>/<see cref="BlobName"/>
/// when they matter. <see cref="ETag"/> is unquoted, as the storage client keeps it.
/// </summary>
public sealed record BlobInvocation(
    string FunctionName,
    string InvocationId,
    string Container,
    string BlobName,
    IReadOnlyDictionary<string, string> PathVariables,
    BinaryData? Content,
    ETag? ETag,
    string? ContentType,
    DateTimeOffset? LastModified,
    IReadOnlyDictionary<string, string> BlobMetadata,
    int? DeliveryCount)
{
    /// <summary><c>container/blob-name</c>, as the host's <c>BlobTrigger</c> value.</summary>
    public string BlobPath => $"{Container}/{BlobName}";
}
