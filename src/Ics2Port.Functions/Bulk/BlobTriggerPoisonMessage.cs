namespace Ics2Port.Functions.Bulk;

using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Azure;
using Ics2Port.Storage.Layout;

/// <summary>
/// What the blob extension puts on <see cref="QueueName"/> once a blob has failed its last attempt (its
/// <c>BlobTriggerMessage</c>, copied unchanged from the blob trigger queue):
/// <c>{ "Type": "BlobTrigger", "FunctionId": "Host.Functions.&lt;Name&gt;", "BlobType": "BlockBlob",
/// "ContainerName", "BlobName", "ETag": "\"0x8D…\"" }</c>. It names the blob version, never the error;
/// <see cref="ETag"/> is kept unquoted, as Ics2Port records ETags.
/// </summary>
public sealed record BlobTriggerPoisonMessage(string FunctionId, string ContainerName, string BlobName, ETag ETag)
{
    public const string QueueName = "webjobs-blobtrigger-poison";

    private const string MessageType = "BlobTrigger";

    // The host names every function, of a worker too, as a method of its generated type Host.Functions.
    private const string HostPrefix = "Host.Functions.";

    /// <summary>The function's name: <see cref="FunctionId"/> without the host's prefix.</summary>
    public string FunctionName => FunctionId.StartsWith(HostPrefix, StringComparison.Ordinal) ? FunctionId[HostPrefix.Length..] : FunctionId;

    /// <summary>The message the blob extension writes for <paramref name="functionName"/> and a blob version.</summary>
    public static string Write(string functionName, string containerName, string blobName, ETag etag) =>
        JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["Type"] = MessageType,
            ["FunctionId"] = HostPrefix + functionName,
            ["BlobType"] = "BlockBlob",
            ["ContainerName"] = containerName,
            ["BlobName"] = blobName,
            ["ETag"] = etag.ToString("H"),
        });

    public static bool TryRead(string message, [NotNullWhen(true)] out BlobTriggerPoisonMessage? poison, out string problem)
    {
        poison = null;
        if (ReadObject(message) is not { } body)
        {
            problem = "it is not a JSON object";
            return false;
        }

        // Messages of extension 3.x and older have no Type; any other type is some other queue's message.
        if (Text(body, "Type") is { } type && !string.Equals(type, MessageType, StringComparison.Ordinal))
        {
            problem = $"its Type is '{type}', not '{MessageType}'";
            return false;
        }

        var functionId = Text(body, "FunctionId");
        var container = Text(body, "ContainerName");
        var blobName = Text(body, "BlobName");
        var etag = Text(body, "ETag");
        var missing = new[] { ("FunctionId", functionId), ("ContainerName", container), ("BlobName", blobName), ("ETag", etag?.Trim('"')) }
            .Where(field => string.IsNullOrEmpty(field.Item2))
            .Select(field => field.Item1)
            .ToList();
        if (missing.Count > 0)
        {
            problem = $"it has no {string.Join(", ", missing)}";
            return false;
        }

        poison = new BlobTriggerPoisonMessage(functionId!, container!, blobName!, BlobETags.Unquoted(new ETag(etag!)));
        problem = string.Empty;
        return true;
    }

    // A message may arrive as the object or as a JSON string holding it (queue tools re-encode).
    private static JsonElement? ReadObject(string message)
    {
        try
        {
            var root = JsonDocument.Parse(message).RootElement;
            if (root.ValueKind == JsonValueKind.String)
            {
                root = JsonDocument.Parse(root.GetString()!).RootElement;
            }

            return root.ValueKind == JsonValueKind.Object ? root : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
