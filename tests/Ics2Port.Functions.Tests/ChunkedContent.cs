using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Ics2Port.Functions.Tests;

/// <summary>A body of unknown length, so the client sends it chunked without Content-Length.</summary>
public sealed class ChunkedContent : HttpContent
{
    private const int ChunkBytes = 1000;
    private readonly byte[] _bytes;

    public ChunkedContent(string text, string mediaType)
    {
        _bytes = Encoding.UTF8.GetBytes(text);
        Headers.ContentType = new MediaTypeHeaderValue(mediaType);
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (var offset = 0; offset < _bytes.Length; offset += ChunkBytes)
        {
            await stream.WriteAsync(_bytes.AsMemory(offset, Math.Min(ChunkBytes, _bytes.Length - offset)));
            await stream.FlushAsync();
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
