namespace Ics2Port.Functions.Hosting;

using System.Buffers;
using Microsoft.AspNetCore.Http.Features;

/// <summary>
/// The request body read up to <see cref="Ics2PortOptions.MaxBodyBytes"/>: reading stops one byte past
/// the limit, so an oversized body is never buffered whole.
/// </summary>
public sealed class RequestBody
{
    private const int ChunkBytes = 81920;

    private RequestBody(ReadOnlyMemory<byte> content, bool tooLarge, long limit)
    {
        Content = content;
        TooLarge = tooLarge;
        Limit = limit;
    }

    public ReadOnlyMemory<byte> Content { get; }

    public bool TooLarge { get; }

    public long Limit { get; }

    public static async Task<RequestBody> ReadAsync(HttpContext context, long limit)
    {
        var request = context.Request;
        if (request.ContentLength > limit)
        {
            return new RequestBody(ReadOnlyMemory<byte>.Empty, tooLarge: true, limit);
        }

        // Our own limit governs; the server's default must not cut in first when ours is larger.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit + 1;
        }

        using var buffer = new MemoryStream((int)Math.Min(request.ContentLength ?? ChunkBytes, limit));
        // A chunk per request would be 80 KB of garbage each: most bodies are a few KB.
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(0, ChunkBytes), context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return new RequestBody(ReadOnlyMemory<byte>.Empty, tooLarge: true, limit);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return new RequestBody(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), tooLarge: false, limit);
    }
}
