using Azure;

namespace Ics2Port.Functions.Tests.Bulk;

/// <summary>A file a test dropped, by the version storage gave it.</summary>
public sealed record UploadedBlob(ETag ETag);
