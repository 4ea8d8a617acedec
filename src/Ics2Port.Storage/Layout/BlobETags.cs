using Azure;

namespace Ics2Port.Storage.Layout;

/// <summary>
/// Blob ETags as Ics2Port records and compares them: without quotes, as blob listings, the Functions host's poison
/// messages and its trigger metadata carry them. Azure.Storage.Blobs keeps the quotes of the <c>ETag</c> header
/// (azure-sdk-for-net#16920), so an ETag read from a response is unquoted before it is recorded or compared.
/// </summary>
public static class BlobETags
{
    /// <summary>The ETag without surrounding quotes; <c>"0x8D…"</c> becomes <c>0x8D…</c>.</summary>
    /// <param name="etag">An ETag as a response header or a listing gave it.</param>
    /// <returns>The same version, unquoted.</returns>
    public static ETag Unquoted(ETag etag) => etag.ToString() is ['"', .. var inner, '"'] ? new ETag(inner) : etag;
}
