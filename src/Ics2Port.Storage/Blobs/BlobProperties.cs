using Azure;

namespace Ics2Port.Storage;

/// <summary>A blob's properties and metadata, read without its content.</summary>
/// <param name="ContentLength">The blob's size in bytes.</param>
/// <param name="ContentType">The content type stored with the blob.</param>
/// <param name="ETag">The blob's ETag.</param>
/// <param name="LastModified">When the blob was last written.</param>
/// <param name="Metadata">The blob's metadata; names compare case-insensitively.</param>
public sealed record BlobProperties(
    long ContentLength,
    string ContentType,
    ETag ETag,
    DateTimeOffset LastModified,
    IReadOnlyDictionary<string, string> Metadata);
