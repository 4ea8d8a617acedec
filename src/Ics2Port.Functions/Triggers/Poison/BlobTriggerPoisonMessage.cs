using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Azure;
using Ics2Port.Functions.Triggers.Envelopes;

namespace Ics2Port.Functions.Triggers.Poison;

/// <summary>
/// What the Functions host's blob trigger puts on <see cref="QueueName"/> once a blob has failed its last attempt
/// (the Storage extension's <c>BlobTriggerMessage</c>, copied unchanged from the blob trigger queue):
/// <c>{ "Type": "BlobTrigger", "FunctionId": "Host.Functions.&lt;Name&gt;", "BlobType": "BlockBlob",
/// "ContainerName", "BlobName", "ETag": "\"0x8D…\"" }</c>. It names the blob version, never the error.
/// <see cref="ETag"/> is unquoted, as the storage client keeps it.
/// </summary>
public sealed record BlobTriggerPoisonMessage(string FunctionId, string ContainerName, string BlobName, ETag ETag)
{
    public const string QueueName = "webjobs-blobtrigger-poison";

    private const string MessageType = "BlobTrigger";

    // Functions of a script host (function.json folders) are methods of the generated type Host.Functions.
    private const string ScriptHostPrefix = "Host.Functions.";

    /// <summary>The function's folder name: <see cref="FunctionId"/> without the script host's prefix.</summary>
    public string FunctionName => FunctionId.StartsWith(ScriptHostPrefix, StringComparison.Ordinal) ? FunctionId[ScriptHostPrefix.Length..] : FunctionId;

    public static bool TryRead(JsonElement message, [NotNullWhen(true)] out BlobTriggerPoisonMessage? poison, out string problem)
    {
        poison = null;
        if (EnvelopeValues.ReadObject(message) is not { } body)
        {
            problem = $"it is {message.ValueKind}, not a JSON object";
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
        var etag = Text(body, "ETag")?.Trim('"');
        var missing = new[] { ("FunctionId", functionId), ("ContainerName", container), ("BlobName", blobName), ("ETag", etag) }
            .Where(field => string.IsNullOrEmpty(field.Item2))
            .Select(field => field.Item1)
            .ToList();
        if (missing.Count > 0)
        {
            problem = $"it has no {string.Join(", ", missing)}";
            return false;
        }

        poison = new BlobTriggerPoisonMessage(functionId!, container!, blobName!, new ETag(etag!));
        problem = string.Empty;
        return true;
    }

    private static string? Text(JsonElement body, string name) => EnvelopeValues.ReadString(EnvelopeValues.Member(body, name));
}
