namespace Ics2Port.Testing.Peers.Smtp;

using Ics2Port.Testing;

/// <summary>
/// A loopback relay to a real SMTP server that, once a message's data has gone through in full, holds back the
/// server's answer: the server has the message, and the sender never learns that it was taken. That is the moment
/// a sender that dies between "sent" and "recorded" dies in, held open for as long as a test needs it.
/// </summary>
public sealed class SmtpReplyHoldingProxy : IAsyncDisposable
{
    // The line holding only a dot ends a message's data (RFC 5321 4.1.1.4); dot-stuffing keeps it out of the text.
    private static readonly byte[] EndOfData = "\r\n.\r\n"u8.ToArray();

    private readonly LoopbackRelay _relay;

    private SmtpReplyHoldingProxy(LoopbackRelay relay) => _relay = relay;

    /// <summary>The loopback port to give the sender as its SMTP port.</summary>
    public int Port => _relay.Port;

    /// <summary>Relays a free loopback port to the SMTP server at <paramref name="targetHost"/>:<paramref name="targetPort"/>.</summary>
    /// <param name="targetHost">The real server's host.</param>
    /// <param name="targetPort">The real server's SMTP port.</param>
    /// <returns>The running relay.</returns>
    public static SmtpReplyHoldingProxy Start(string targetHost, int targetPort) =>
        new(LoopbackRelay.Start(targetHost, targetPort, HoldingReplyAfterData));

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _relay.DisposeAsync();

    // Each connection holds its own replies: a sender that connects again is answered until its own data ends.
    private static RelayForwarding HoldingReplyAfterData()
    {
        var held = new HeldFlag();
        return new RelayForwarding(
            (from, to, cancellationToken) => ForwardUntilDataEndsAsync(from, to, held, cancellationToken),
            (from, to, cancellationToken) => ForwardUnlessHeldAsync(from, to, held, cancellationToken));
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
