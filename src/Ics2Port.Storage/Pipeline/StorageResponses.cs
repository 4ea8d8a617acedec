using System.Globalization;
using Azure;
using Azure.Core;

namespace Ics2Port.Storage;

/// <summary>Reads the common parts of storage responses and turns failures into exceptions.</summary>
internal static class StorageResponses
{
    public static RequestFailedException Failure(Response response, RequestFailedDetailsParser parser) =>
        new(response, null, parser);

    public static string? ErrorCode(Response response) =>
        response.Headers.TryGetValue("x-ms-error-code", out var code) ? code : null;

    public static ETag ETag(Response response) =>
        response.Headers.ETag ?? throw new InvalidOperationException(
            $"The storage response ({response.Status}) has no ETag header.");

    public static DateTimeOffset LastModified(Response response) =>
        response.Headers.TryGetValue("Last-Modified", out var value)
            ? ParseHttpDate(value)
            : throw new InvalidOperationException($"The storage response ({response.Status}) has no Last-Modified header.");

    public static DateTimeOffset ParseHttpDate(string value) =>
        DateTimeOffset.ParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    // Azure.Core keeps a strong ETag from a header without its quotes; do the same for listings.
    public static ETag ListedETag(string value) =>
        new(value.Length >= 2 && value.StartsWith('"') && value.EndsWith('"') ? value[1..^1] : value);
}
