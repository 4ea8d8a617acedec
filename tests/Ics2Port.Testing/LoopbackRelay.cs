using System.Net;
using System.Net.Sockets;

namespace Ics2Port.Testing;

/// <summary>
/// A loopback port relayed to a TCP server: each accepted connection gets one of its own to the target, and bytes
/// go both ways as its <see cref="RelayForwarding"/> says until either side ends.
/// </summary>
public sealed class LoopbackRelay : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly Func<RelayForwarding> _forwarding;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<TcpClient> _connections = [];
    private readonly Task _accepting;

    private LoopbackRelay(TcpListener listener, string targetHost, int targetPort, Func<RelayForwarding> forwarding)
    {
        _listener = listener;
        _targetHost = targetHost;
        _targetPort = targetPort;
        _forwarding = forwarding;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync(_stopping.Token);
    }

    /// <summary>The loopback port the relay listens on.</summary>
    public int Port { get; }

    /// <summary>Relays a loopback port to <paramref name="targetHost"/>:<paramref name="targetPort"/>.</summary>
    /// <param name="targetHost">The target's host.</param>
    /// <param name="targetPort">The target's port.</param>
    /// <param name="forwarding">Makes the forwarding of each new connection.</param>
    /// <param name="port">The loopback port to listen on; 0 for a free one.</param>
    /// <returns>The running relay.</returns>
    public static LoopbackRelay Start(string targetHost, int targetPort, Func<RelayForwarding> forwarding, int port = 0)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        if (port != 0)
        {
            // A port given back a moment ago may still have connections in TIME_WAIT.
            listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        }

        return new LoopbackRelay(listener, targetHost, targetPort, forwarding);
    }

    /// <summary>Stops accepting and resets every open connection, so each peer sees a reset rather than a clean end.</summary>
    public void Reset()
    {
        _stopping.Cancel();
        StopAndClose(reset: true);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        StopAndClose(reset: false);
        try
        {
            await _accepting.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped on purpose.
        }

        _stopping.Dispose();
    }

    private void StopAndClose(bool reset)
    {
        _listener.Stop();
        lock (_connections)
        {
            foreach (var connection in _connections)
            {
                if (reset)
                {
                    // Linger 0: close with RST instead of FIN.
                    connection.Client.LingerState = new LingerOption(true, 0);
                }

                connection.Dispose();
            }

            _connections.Clear();
        }
    }

    private async Task AcceptAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient sender;
            try
            {
                sender = await _listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(sender, cancellationToken);
        }
    }

    private async Task RelayAsync(TcpClient sender, CancellationToken cancellationToken)
    {
        var target = new TcpClient();
        lock (_connections)
        {
            _connections.Add(sender);
            _connections.Add(target);
        }

        try
        {
            await target.ConnectAsync(_targetHost, _targetPort, cancellationToken).ConfigureAwait(false);
            var forwarding = _forwarding();
            using var both = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var up = forwarding.SenderToTarget(sender.GetStream(), target.GetStream(), both.Token);
            var down = forwarding.TargetToSender(target.GetStream(), sender.GetStream(), both.Token);
            await Task.WhenAny(up, down).ConfigureAwait(false);
            await both.CancelAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A reset, a stop or a closed side ends the connection; each is something a test makes happen.
        }
        finally
        {
            lock (_connections)
            {
                _connections.Remove(sender);
                _connections.Remove(target);
            }

            sender.Dispose();
            target.Dispose();
        }
    }
}
