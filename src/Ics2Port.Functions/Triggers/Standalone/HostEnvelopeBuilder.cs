using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs.Models;
using Ics2Port.Functions.Triggers.Catalog;

namespace Ics2Port.Functions.Triggers.Standalone;

/// <summary>
/// Builds the envelope the host would send, value by value as azure-functions-host's
/// <c>ScriptInvocationContextExtensions.ToHttpScriptInvocationContext</c> does: a binary trigger's bytes as base64;
/// objects (<c>Properties</c>, <c>Metadata</c>, <c>sys</c>, the timer's <c>TimerInfo</c>) as objects; strings and the
/// URI JSON-encoded a second time; and no <c>BlobTrigger</c>, since the host drops every key ending in "trigger".
/// Dates follow Newtonsoft's round-trip format, as the host writes them.
/// </summary>
internal static class HostEnvelopeBuilder
{
    public static JsonObject Blob(
        string functionName,
        BlobTriggerBinding trigger,
        Uri blobUri,
        string blobName,
        BlobDownloadResult blob,
        IReadOnlyDictionary<string, string> variables,
        DateTimeOffset now)
    {
        var metadata = new JsonObject
        {
            ["Uri"] = EncodedTwice(blobUri.AbsoluteUri),
            ["Properties"] = new JsonObject
            {
                ["LastModified"] = HostDate(blob.Details.LastModified),
                ["ContentLength"] = blob.Content.ToMemory().Length,
                ["ContentType"] = blob.Details.ContentType,
                ["ETag"] = blob.Details.ETag.ToString("H"),
            },
            ["Metadata"] = new JsonObject(blob.Details.Metadata.Select(m => KeyValuePair.Create(m.Key, (JsonNode?)m.Value))),
        };
        foreach (var (name, value) in variables)
        {
            metadata[name] = EncodedTwice(value);
        }

        metadata["sys"] = Sys(functionName, now);
        var content = string.Equals(trigger.DataType, "string", StringComparison.OrdinalIgnoreCase)
            ? EncodedTwice(blob.Content.ToString())
            : Convert.ToBase64String(blob.Content.ToMemory().Span);
        return new JsonObject
        {
            ["Data"] = new JsonObject { [trigger.Name] = content },
            ["Metadata"] = metadata,
        };
    }

    /// <summary>A timer's envelope; <paramref name="status"/> is null for an unmonitored timer, as in the host.</summary>
    public static JsonObject Timer(
        string functionName,
        TimerTriggerBinding trigger,
        bool isPastDue,
        (DateTimeOffset? Last, DateTimeOffset Next)? status,
        DateTimeOffset now) => new()
        {
            ["Data"] = new JsonObject
            {
                [trigger.Name] = new JsonObject
                {
                    ["Schedule"] = new JsonObject { ["AdjustForDST"] = true },
                    ["ScheduleStatus"] = status is { } s
                        ? new JsonObject
                        {
                            ["Last"] = s.Last is { } last ? HostDate(last) : "0001-01-01T00:00:00",
                            ["Next"] = HostDate(s.Next),
                            ["LastUpdated"] = HostDate(now),
                        }
                        : null,
                    ["IsPastDue"] = isPastDue,
                },
            },
            ["Metadata"] = new JsonObject { ["sys"] = Sys(functionName, now) },
        };

    private static JsonObject Sys(string functionName, DateTimeOffset now) => new()
    {
        ["MethodName"] = functionName,
        ["UtcNow"] = now.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
        ["RandGuid"] = Guid.NewGuid().ToString(),
    };

    private static string EncodedTwice(string value) => JsonSerializer.Serialize(value);

    private static string HostDate(DateTimeOffset value) =>
        value.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
