namespace Ics2Port.PeerSimulators.PortSystem;

/// <summary>A decision to send back with every new version of a type, or a refusal (<c>422</c>, that title) of each.</summary>
public sealed record CannedAnswer(PortSystemDecision? Decision, string? Refusal);
