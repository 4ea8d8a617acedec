namespace Ics2Port.Functions.Fallback.Channels;

using Ics2Port.Domain.PortCalls;

/// <summary>One stored document version to pass to the port system.</summary>
/// <param name="DocumentId">Our document id; with <paramref name="Version"/> the port system's idempotency key.</param>
/// <param name="Version">The stored version, from 1.</param>
/// <param name="PortCallId">The port call it belongs to.</param>
/// <param name="Direction">Arrival or departure.</param>
/// <param name="Type">Which document.</param>
/// <param name="ContentType">The stored content type, e.g. <c>application/json</c> or <c>text/csv</c>.</param>
/// <param name="Content">The stored bytes.</param>
public sealed record PortSystemDelivery(
    string DocumentId,
    int Version,
    string PortCallId,
    Direction Direction,
    DocumentType Type,
    string ContentType,
    ReadOnlyMemory<byte> Content);
