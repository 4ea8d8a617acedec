using Azure;

namespace Ics2Port.Functions.Tests.Bulk;

/// <summary>A blob as a test reads it back: its bytes, media type, metadata and version.</summary>
public sealed record StoredBlob(BinaryData Content, string ContentType, IDictionary<string, string> Metadata, ETag ETag);
