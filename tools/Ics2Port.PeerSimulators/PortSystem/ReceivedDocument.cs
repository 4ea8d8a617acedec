namespace Ics2Port.PeerSimulators.PortSystem;

/// <summary>One document version the port system holds, and how many requests delivered it.</summary>
public sealed record ReceivedDocument(
    string DocumentId,
    int Version,
    string Sha256,
    string? PortCallId,
    string? DocumentType,
    string? Direction,
    string? ContentType,
    int Length,
    DateTimeOffset ReceivedAt,
    int Requests);
