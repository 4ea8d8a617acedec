using Azure;

namespace Ics2Port.Storage;

/// <summary>What a successful blob write returns.</summary>
/// <param name="ETag">The blob's new ETag, for a later <see cref="BlobCondition.IfMatch"/>.</param>
/// <param name="LastModified">When the blob was written, by the service's clock.</param>
public sealed record BlobWriteResult(ETag ETag, DateTimeOffset LastModified);
