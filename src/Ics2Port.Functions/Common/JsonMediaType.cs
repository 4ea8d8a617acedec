namespace Ics2Port.Functions.Common;

using Ics2Port.Domain.Reading;

/// <summary>Requests that are JSON only (port calls, permit applications) accept what documents accept as JSON.</summary>
public static class JsonMediaType
{
    public const string Name = "application/json";

    public static bool Accepts(string? contentType) =>
        DocumentFormats.TryFromContentType(contentType, out var format) && format == DocumentFormat.Json;
}
