using System.Net;

namespace Ics2Port.Testing;

/// <summary>
/// A loopback TCP proxy that can be cut: every open connection is reset at once and new ones are refused
/// until <see cref="Resume"/>, as when a storage service dies in the middle of requests; or stalled: connections
/// are still accepted but no byte gets through either way, as when a storage service hangs.
/// </summary>
public sealed class TcpFaultProxy : IAsyncDisposable
{
    private readonly int _targetPort;
    private readonly RelayForwarding _forwarding;
    private volatile bool _stalled;
    private long _bytesHeld;

    // Relays given up by a cut; their accept loops are awaited when the proxy is disposed.
    private readonly List<LoopbackRelay> _cutRelays = [];
    private LoopbackRelay _relay;

    private TcpFaultProxy(int targetPort)
    {
        _targetPort = targetPort;
        _forwarding = new RelayForwarding(CopyUnlessStalledAsync, CopyUnlessStalledAsync);
        _relay = Relay(port: 0);
        Port = _relay.Port;
    }

    /// <summary>The proxy's port, the same after <see cref="Resume"/>.</summary>
    public int Port { get; }

    /// <summary>Starts forwarding a free loopback port to <paramref name="targetPort"/>.</summary>
    /// <param name="targetPort">The loopback port to forward to.</param>
    /// <returns>The running proxy.</returns>
    public static TcpFaultProxy Start(int targetPort) => new(targetPort);

    /// <summary>How many bytes the proxy has held back since <see cref="Stall"/>.</summary>
    public long BytesHeld => Interlocked.Read(ref _bytesHeld);

    /// <summary>Resets every open connection and stops accepting new ones.</summary>
    public void Cut() => _relay.Reset();

    /// <summary>
    /// From now on holds every byte, both ways, on open connections and new ones, without an answer or a reset, until the
    /// proxy is cut or disposed: a request sent now neither reaches the target nor fails.
    /// </summary>
    public void Stall() => _stalled = true;

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
        LoopbackRelay.Start(IPAddress.Loopback.ToString(), _targetPort, () => _forwarding, port);

    private async Task CopyUnlessStalledAsync(Stream from, Stream to, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = await from.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (_stalled)
            {
                Interlocked.Add(ref _bytesHeld, read);
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }

            await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }
    }
}
