namespace Ics2Port.Functions.Fallback.Channels;

using Ics2Port.Domain.PortCalls;

/// <summary>One stored version to pass to the port system: a port call document, a permit application or a ship supply.</summary>
/// <param name="DocumentId">Our id; with <paramref name="Version"/> the port system's idempotency key.</param>
/// <param name="Version">The stored version, from 1.</param>
/// <param name="PortCallId">The port call it belongs to.</param>
/// <param name="DocumentType">What it is: a document type's wire name (e.g. <c>fal5</c>), <c>permit</c> or <c>supply</c>.</param>
/// <param name="Direction">Arrival or departure for a port call document; null otherwise.</param>
/// <param name="ContentType">The stored content type, e.g. <c>application/json</c> or <c>text/csv</c>.</param>
/// <param name="Content">The stored bytes.</param>
public sealed record PortSystemDelivery(
    string DocumentId,
    int Version,
    string PortCallId,
    string DocumentType,
    string? Direction,
    string ContentType,
    ReadOnlyMemory<byte> Content)
{
    /// <summary>A port call document.</summary>
    public PortSystemDelivery(string documentId, int version, string portCallId, Direction direction, DocumentType type, string contentType, ReadOnlyMemory<byte> content)
        : this(documentId, version, portCallId, type.ToWire(), direction.ToWire(), contentType, content)
    {
    }
}
