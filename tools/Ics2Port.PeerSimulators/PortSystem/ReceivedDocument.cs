namespace Ics2Port.PeerSimulators.PortSystem;

using System.Text.Json.Serialization;

/// <summary>
/// One document version the port system holds, how many requests delivered it, and the decision it answered with (the
/// same to every repeat), if any.
/// </summary>
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
    int Requests,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PortSystemDecision? Decision = null);
