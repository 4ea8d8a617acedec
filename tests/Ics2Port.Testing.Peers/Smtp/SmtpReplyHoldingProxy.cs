namespace Ics2Port.Testing.Peers.Smtp;

using System.Net;
using System.Net.Sockets;

/// <summary>
/// A loopback relay to a real SMTP server that, once a message's data has gone through in full, holds back the
/// server's answer: the server has the message, and the sender never learns that it was taken. That is the moment
/// a sender that dies between "sent" and "recorded" dies in, held open for as long as a test needs it.
/// </summary>
public sealed class SmtpReplyHoldingProxy : IAsyncDisposable
{
    // The line holding only a dot ends a message's data (RFC 5321 4.1.1.4); dot-stuffing keeps it out of the text.
    private static readonly byte[] EndOfData = "\r\n.\r\n"u8.ToArray();

    private readonly TcpListener _listener;
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<TcpClient> _connections = [];
    private readonly Task _accepting;

    private SmtpReplyHoldingProxy(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync(_stopping.Token);
    }

    /// <summary>The loopback port to give the sender as its SMTP port.</summary>
    public int Port { get; }

    /// <summary>Relays a free loopback port to the SMTP server at <paramref name="targetHost"/>:<paramref name="targetPort"/>.</summary>
    /// <param name="targetHost">The real server's host.</param>
    /// <param name="targetPort">The real server's SMTP port.</param>
    /// <returns>The running relay.</returns>
    public static SmtpReplyHoldingProxy Start(string targetHost, int targetPort) => new(targetHost, targetPort);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        lock (_connections)
        {
            foreach (var connection in _connections)
            {
                connection.Dispose();
            }

            _connections.Clear();
        }

        await _accepting.ConfigureAwait(false);
        _stopping.Dispose();
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
        var server = new TcpClient();
        lock (_connections)
        {
            _connections.Add(sender);
            _connections.Add(server);
        }

        try
        {
            await server.ConnectAsync(_targetHost, _targetPort, cancellationToken).ConfigureAwait(false);
            var held = new HeldFlag();
            using var both = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var up = ForwardUntilDataEndsAsync(sender.GetStream(), server.GetStream(), held, both.Token);
            var down = ForwardUnlessHeldAsync(server.GetStream(), sender.GetStream(), held, both.Token);
            await Task.WhenAny(up, down).ConfigureAwait(false);
            await both.CancelAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A closed side ends the relay; a sender that was killed is the point.
        }
        finally
        {
            lock (_connections)
            {
                _connections.Remove(sender);
                _connections.Remove(server);
            }

            sender.Dispose();
            server.Dispose();
        }
    }

    // Sender to server, all of it; from the end of the first message's data on, the server's answers are held.
    private static async Task ForwardUntilDataEndsAsync(Stream from, Stream to, HeldFlag held, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        var tail = Array.Empty<byte>();
        while (true)
        {
            var read = await from.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return;
            }

            // The marker may straddle two reads: look at the last bytes of the previous one as well.
            var window = tail.Concat(buffer.Take(read)).ToArray();
            if (window.AsSpan().IndexOf(EndOfData) >= 0)
            {
                held.Set();
            }

            tail = window[Math.Max(0, window.Length - (EndOfData.Length - 1))..];
            await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task ForwardUnlessHeldAsync(Stream from, Stream to, HeldFlag held, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var read = await from.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return;
            }

            if (!held.IsSet)
            {
                await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private sealed class HeldFlag
    {
        private volatile bool _set;

        public bool IsSet => _set;

        public void Set() => _set = true;
    }
}
