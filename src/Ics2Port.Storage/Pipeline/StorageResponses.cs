using System.Globalization;
using Azure;
using Azure.Core;

namespace Ics2Port.Storage;

/// <summary>Reads the common parts of storage responses and turns failures into exceptions.</summary>
internal static class StorageResponses
{
    public static RequestFailedException Failure(Response response, RequestFailedDetailsParser? parser = null) =>
        parser is null ? new RequestFailedException(response) : new RequestFailedException(response, null, parser);

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

    // Listings carry bare ETags; headers carry quoted ones. Quote so both compare equal.
    public static ETag QuotedETag(string value) =>
        new(value.StartsWith('"') || value.StartsWith("W/", StringComparison.Ordinal) ? value : $"\"{value}\"");
}
