using Azure;

namespace Ics2Port.Storage;

/// <summary>One blob in a listing.</summary>
/// <param name="Name">The full blob name, including any '/'-separated virtual folders.</param>
/// <param name="ETag">The blob's ETag; equal to the one <see cref="BlobServiceClient.PutAsync"/> returned.</param>
/// <param name="LastModified">When the blob was last written.</param>
/// <param name="ContentLength">The blob's size in bytes.</param>
public sealed record BlobItem(string Name, ETag ETag, DateTimeOffset LastModified, long ContentLength);
