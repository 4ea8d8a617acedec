using System.Net;

namespace Ics2Port.Testing;

/// <summary>
/// A loopback TCP proxy that can be cut: every open connection is reset at once and new ones are refused
/// until <see cref="Resume"/>, as when a storage service dies in the middle of requests.
/// </summary>
public sealed class TcpFaultProxy : IAsyncDisposable
{
    private readonly int _targetPort;

    // Relays given up by a cut; their accept loops are awaited when the proxy is disposed.
    private readonly List<LoopbackRelay> _cutRelays = [];
    private LoopbackRelay _relay;

    private TcpFaultProxy(int targetPort)
    {
        _targetPort = targetPort;
        _relay = Relay(port: 0);
        Port = _relay.Port;
    }

    /// <summary>The proxy's port, the same after <see cref="Resume"/>.</summary>
    public int Port { get; }

    /// <summary>Starts forwarding a free loopback port to <paramref name="targetPort"/>.</summary>
    /// <param name="targetPort">The loopback port to forward to.</param>
    /// <returns>The running proxy.</returns>
    public static TcpFaultProxy Start(int targetPort) => new(targetPort);

    /// <summary>Resets every open connection and stops accepting new ones.</summary>
    public void Cut() => _relay.Reset();

    /// <summary>Accepts connections on the same port again.</summary>
    public void Resume()
    {
        _cutRelays.Add(_relay);
        _relay = Relay(Port);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Cut();
        foreach (var relay in _cutRelays.Append(_relay))
        {
            await relay.DisposeAsync().ConfigureAwait(false);
        }
    }

    private LoopbackRelay Relay(int port) =>
        LoopbackRelay.Start(IPAddress.Loopback.ToString(), _targetPort, static () => RelayForwarding.Unchanged, port);
}
