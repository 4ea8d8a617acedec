namespace Ics2Port.Bench.Http;

using System.Net.Http.Headers;

/// <summary>Request bodies as a client sends them.</summary>
internal static class HttpBodies
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");

    public static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = JsonType;
        return content;
    }
}
