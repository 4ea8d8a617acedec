using System.Net;
using System.Net.Sockets;

namespace Ics2Port.Testing;

/// <summary>
/// A loopback TCP proxy that can be cut: every open connection is reset at once and new ones are refused
/// until <see cref="Resume"/>, as when a storage service dies in the middle of requests.
/// </summary>
public sealed class TcpFaultProxy : IAsyncDisposable
{
    private readonly int _targetPort;
    private readonly List<TcpClient> _connections = [];
    private TcpListener _listener;
    private CancellationTokenSource _running = new();
    private Task _accepting = Task.CompletedTask;

    private TcpFaultProxy(int targetPort)
    {
        _targetPort = targetPort;
        _listener = new TcpListener(IPAddress.Loopback, 0);
    }

    /// <summary>The proxy's port, the same after <see cref="Resume"/>.</summary>
    public int Port { get; private set; }

    /// <summary>Starts forwarding a free loopback port to <paramref name="targetPort"/>.</summary>
    /// <param name="targetPort">The loopback port to forward to.</param>
    /// <returns>The running proxy.</returns>
    public static TcpFaultProxy Start(int targetPort)
    {
        var proxy = new TcpFaultProxy(targetPort);
        proxy._listener.Start();
        proxy.Port = ((IPEndPoint)proxy._listener.LocalEndpoint).Port;
        proxy._accepting = proxy.AcceptAsync(proxy._running.Token);
        return proxy;
    }

    /// <summary>Resets every open connection and stops accepting new ones.</summary>
    public void Cut()
    {
        _running.Cancel();
        _listener.Stop();
        lock (_connections)
        {
            foreach (var connection in _connections)
            {
                // Linger 0: close with RST, so the peer sees a reset rather than a clean end.
                connection.Client.LingerState = new LingerOption(true, 0);
                connection.Dispose();
            }

            _connections.Clear();
        }
    }

    /// <summary>Accepts connections on the same port again.</summary>
    public void Resume()
    {
        _running.Dispose();
        _running = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _accepting = AcceptAsync(_running.Token);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Cut();
        try
        {
            await _accepting.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped on purpose.
        }

        _running.Dispose();
    }

    private async Task AcceptAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await _listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ForwardAsync(inbound, cancellationToken);
        }
    }

    private async Task ForwardAsync(TcpClient inbound, CancellationToken cancellationToken)
    {
        var outbound = new TcpClient();
        lock (_connections)
        {
            _connections.Add(inbound);
            _connections.Add(outbound);
        }

        try
        {
            await outbound.ConnectAsync(IPAddress.Loopback, _targetPort, cancellationToken).ConfigureAwait(false);
            using var both = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var up = inbound.GetStream().CopyToAsync(outbound.GetStream(), both.Token);
            var down = outbound.GetStream().CopyToAsync(inbound.GetStream(), both.Token);
            await Task.WhenAny(up, down).ConfigureAwait(false);
            await both.CancelAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A cut or a closed side ends the connection; that is the point.
        }
        finally
        {
            lock (_connections)
            {
                _connections.Remove(inbound);
                _connections.Remove(outbound);
            }

            inbound.Dispose();
            outbound.Dispose();
        }
    }
}
