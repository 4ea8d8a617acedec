namespace Ics2Port.PeerSimulators.PortSystem;

/// <summary>What a PUT did: stored the version anew, found the same bytes already there, or found different bytes there.</summary>
public enum PutOutcome
{
    Created,
    Repeated,
    Conflict,
}
