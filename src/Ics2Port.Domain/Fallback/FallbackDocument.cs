namespace Ics2Port.Domain.Fallback;

using Ics2Port.Domain.PortCalls;

/// <summary>One stored version submitted under the fallback procedure: a port call document, a permit application or a ship supply.</summary>
/// <param name="DocumentId">Our id; with <paramref name="Version"/> it names what the port system receives (FB-REENTRY).</param>
/// <param name="Title">The name customs officers know it by, e.g. <c>FAL 5 Crew List</c>.</param>
/// <param name="Code">The short code, e.g. <c>fal5</c>, or the permit's or supply's id.</param>
/// <param name="Direction">Arrival or departure for a port call document; null for a permit or supply.</param>
/// <param name="Version">The stored version, from 1.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the stored bytes, so customs can match what they receive.</param>
public sealed record FallbackDocument(string DocumentId, string Title, string Code, string? Direction, int Version, string Sha256)
{
    /// <summary>A port call document.</summary>
    public FallbackDocument(string documentId, Direction direction, DocumentType type, int version, string sha256)
        : this(documentId, DocumentTitles.Of(type), type.ToWire(), direction.ToWire(), version, sha256)
    {
    }

    /// <summary>What names it in a subject line: <c>arrival fal5</c>, or the title and id of a permit or supply.</summary>
    public string Label => $"{Direction ?? Title} {Code}";
}
