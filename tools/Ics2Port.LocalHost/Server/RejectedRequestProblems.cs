namespace Ics2Port.LocalHost.Server;

using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Problems;
using Microsoft.AspNetCore.Connections;

/// <summary>
/// Kestrel refuses some requests before any app code runs (a NUL byte in the path, a malformed request line, headers
/// too large) and answers them with a bare status and no body. This connection middleware gives those answers the API's
/// problem shape, as the status-code pages do for answers the routing gives. Kestrel's refusals are the only error
/// answers that carry <c>Content-Length: 0</c> and close the connection; every other answer passes unchanged.
/// </summary>
/// <remarks>In Azure the Functions host answers such requests itself, before the worker sees them (ADR 0007).</remarks>
public static class RejectedRequestProblems
{
    public static ConnectionDelegate Middleware(ConnectionDelegate next) => connection =>
    {
        var transport = connection.Transport;
        connection.Transport = new DuplexPipe(transport.Input, new RewritingWriter(transport.Output));
        return next(connection);
    };

    /// <summary>The problem answer for a bare refusal, or null when <paramref name="response"/> is anything else.</summary>
    internal static byte[]? Rewrite(ReadOnlySpan<byte> response)
    {
        // Most flushes carry a body: look at the bytes before decoding anything.
        if (!response.StartsWith("HTTP/1.1 "u8) || !response.EndsWith("\r\n\r\n"u8))
        {
            return null;
        }

        var text = Encoding.ASCII.GetString(response);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0 || end + 4 != text.Length || !text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal))
        {
            return null;
        }

        var lines = text[..end].Split("\r\n");
        if (!int.TryParse(lines[0].AsSpan(9, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var status)
            || status < 400
            || !lines.Contains("Content-Length: 0", StringComparer.OrdinalIgnoreCase)
            || !lines.Contains("Connection: close", StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        var body = ApiJson.Serialize(ApiProblems.ForStatus(status).Body!);
        var headers = lines
            .Where(line => !line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Append("Content-Type: " + ApiResult.ProblemContentType)
            .Append(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}"));
        return [.. Encoding.ASCII.GetBytes(string.Join("\r\n", headers) + "\r\n\r\n"), .. body];
    }

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }

    /// <summary>Holds each flush's bytes until the flush, so that a whole bare refusal can be recognised and replaced.</summary>
    private sealed class RewritingWriter(PipeWriter inner) : PipeWriter
    {
        private readonly ArrayBufferWriter<byte> _pending = new();

        public override bool CanGetUnflushedBytes => true;

        public override long UnflushedBytes => _pending.WrittenCount;

        public override void Advance(int bytes) => _pending.Advance(bytes);

        public override Memory<byte> GetMemory(int sizeHint = 0) => _pending.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => _pending.GetSpan(sizeHint);

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null)
        {
            MovePending();
            inner.Complete(exception);
        }

        public override async ValueTask CompleteAsync(Exception? exception = null)
        {
            MovePending();
            await inner.CompleteAsync(exception);
        }

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
        {
            MovePending();
            return inner.FlushAsync(cancellationToken);
        }

        private void MovePending()
        {
            if (_pending.WrittenCount == 0)
            {
                return;
            }

            inner.Write(Rewrite(_pending.WrittenSpan) ?? _pending.WrittenSpan);
            _pending.ResetWrittenCount();
        }
    }
}
