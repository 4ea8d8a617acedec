using Azure;

namespace Ics2Port.Storage;

/// <summary>Formats an ETag for an <c>If-Match</c> header.</summary>
internal static class ETagHeader
{
    public static string Format(ETag etag) => etag == ETag.All ? "*" : etag.ToString("H");
}
