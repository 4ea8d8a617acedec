namespace Ics2Port.PeerSimulators.Control;

using System.Collections.Concurrent;

/// <summary>Which simulated peers are switched off; a switched-off peer answers 503 to everything but the control API.</summary>
public sealed class PeerAvailability
{
    private readonly ConcurrentDictionary<string, bool> _available = new(StringComparer.Ordinal);

    public bool IsAvailable(string peer) => _available.GetValueOrDefault(peer, true);

    public void Set(string peer, bool available) => _available[peer] = available;
}
