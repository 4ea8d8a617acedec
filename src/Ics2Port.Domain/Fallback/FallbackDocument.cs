namespace Ics2Port.Domain.Fallback;

using Ics2Port.Domain.PortCalls;

/// <summary>One stored document version submitted under the fallback procedure.</summary>
/// <param name="DocumentId">Our document id; with <paramref name="Version"/> it names what the port system receives (FB-REENTRY).</param>
/// <param name="Direction">Arrival or departure.</param>
/// <param name="Type">Which FAL document or the manifest.</param>
/// <param name="Version">The stored version, from 1.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the stored bytes, so customs can match what they receive.</param>
public sealed record FallbackDocument(string DocumentId, Direction Direction, DocumentType Type, int Version, string Sha256);
