namespace Ics2Port.PeerSimulators.Control;

using System.Collections.Concurrent;

/// <summary>
/// Which simulated peers are switched off, and how long each takes to answer; a switched-off peer answers 503 to
/// everything but the control API.
/// </summary>
public sealed class PeerAvailability
{
    private readonly ConcurrentDictionary<string, bool> _available = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TimeSpan> _delays = new(StringComparer.Ordinal);

    public bool IsAvailable(string peer) => _available.GetValueOrDefault(peer, true);

    public void Set(string peer, bool available) => _available[peer] = available;

    /// <summary>How long the peer waits before it answers; zero unless set.</summary>
    public TimeSpan DelayOf(string peer) => _delays.GetValueOrDefault(peer, TimeSpan.Zero);

    public void SetDelay(string peer, TimeSpan delay) => _delays[peer] = delay;
}
