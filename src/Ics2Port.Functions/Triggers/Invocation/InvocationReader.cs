using System.Text.Json;
using Azure;
using Ics2Port.Functions.Triggers.Catalog;
using Ics2Port.Functions.Triggers.Envelopes;

namespace Ics2Port.Functions.Triggers.Invocation;

/// <summary>Turns the host's envelope into a <see cref="BlobInvocation"/>, <see cref="TimerInvocation"/> or <see cref="QueueInvocation"/>.</summary>
public static class InvocationReader
{
    /// <summary>
    /// Which blob fired is taken from <c>Metadata.BlobTrigger</c> when present, else from the path variables
    /// (the current host leaves every key ending in "Trigger" out of <c>Metadata</c>), else from <c>Uri</c>.
    /// </summary>
    public static BlobInvocation ReadBlob(InvocationRequest request, string functionName, BlobTriggerBinding trigger, string invocationId)
    {
        var pattern = trigger.Path;
        var blobName = BlobNameFromBlobTrigger(request, pattern)
            ?? pattern.Format(ReadVariables(request, pattern))
            ?? BlobNameFromUri(request, pattern)
            ?? throw new InvocationEnvelopeException(
                $"The envelope for {functionName} does not say which blob fired: Metadata has no BlobTrigger, " +
                $"no {string.Join(", ", pattern.Variables)} and no Uri.");
        var variables = pattern.Match(blobName) ?? throw new InvocationEnvelopeException(
            $"Blob '{pattern.Container}/{blobName}' does not match the path '{pattern}' of {functionName}.");

        var properties = EnvelopeValues.ReadObject(request.MetadataFor("Properties"));
        var metadata = request.MetadataFor("Metadata") ?? EnvelopeValues.Member(properties, "Metadata");
        return new BlobInvocation(
            functionName,
            invocationId,
            pattern.Container,
            blobName,
            variables,
            BlobContent.Decode(request.DataFor(trigger.Name), trigger.DataType),
            ReadETag(properties),
            EnvelopeValues.ReadString(EnvelopeValues.Member(properties, "ContentType")),
            EnvelopeValues.ReadTimestamp(EnvelopeValues.Member(properties, "LastModified")),
            EnvelopeValues.ReadStringMap(metadata),
            ReadDeliveryCount(request));
    }

    public static TimerInvocation ReadTimer(InvocationRequest request, string functionName, TimerTriggerBinding trigger, string invocationId)
    {
        var timer = TimerInfo.Read(request.DataFor(trigger.Name));
        return new TimerInvocation(functionName, invocationId, timer.IsPastDue, timer.ScheduleStatus, SystemBindingData.Read(request)?.UtcNow);
    }

    /// <summary>
    /// The message is <c>Data.&lt;binding&gt;</c>, else <c>Metadata.QueueTrigger</c>; a JSON message may arrive as an
    /// object, as a JSON string, or encoded twice. <c>Metadata</c> carries <c>Id</c>, <c>DequeueCount</c>, <c>InsertionTime</c>.
    /// </summary>
    public static QueueInvocation ReadQueue(InvocationRequest request, string functionName, QueueTriggerBinding trigger, string invocationId)
    {
        var message = request.DataFor(trigger.Name) is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } data
            ? data
            : request.MetadataFor("QueueTrigger") ?? throw new InvocationEnvelopeException(
                $"The envelope for {functionName} has no message: Data has no '{trigger.Name}' and Metadata no QueueTrigger.");
        return new QueueInvocation(
            functionName,
            invocationId,
            trigger.QueueName,
            EnvelopeValues.Unwrap(message),
            EnvelopeValues.ReadString(request.MetadataFor("Id")),
            EnvelopeValues.ReadInt32(request.MetadataFor("DequeueCount")),
            EnvelopeValues.ReadTimestamp(request.MetadataFor("InsertionTime")));
    }

    private static string? BlobNameFromBlobTrigger(InvocationRequest request, BlobPathPattern pattern)
    {
        if (EnvelopeValues.ReadString(request.MetadataFor("BlobTrigger")) is not { Length: > 0 } path)
        {
            return null;
        }

        var prefix = pattern.Container + "/";
        return path.StartsWith(prefix, StringComparison.Ordinal)
            ? path[prefix.Length..]
            : throw new InvocationEnvelopeException($"BlobTrigger '{path}' is not in container '{pattern.Container}'.");
    }

    private static Dictionary<string, string> ReadVariables(InvocationRequest request, BlobPathPattern pattern)
    {
        var variables = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in pattern.Variables)
        {
            if (EnvelopeValues.ReadString(request.MetadataFor(name)) is { } value)
            {
                variables[name] = value;
            }
        }

        return variables;
    }

    private static string? BlobNameFromUri(InvocationRequest request, BlobPathPattern pattern)
    {
        if (EnvelopeValues.ReadString(request.MetadataFor("Uri")) is not { } text
            || !Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            return null;
        }

        // Path-style URLs (Azurite) put the account before the container.
        var segments = uri.AbsolutePath.TrimStart('/').Split('/', 3);
        for (var i = 0; i < Math.Min(2, segments.Length - 1); i++)
        {
            if (segments[i] == pattern.Container)
            {
                return Uri.UnescapeDataString(string.Join('/', segments[(i + 1)..]));
            }
        }

        return null;
    }

    // Unquoted, as the storage client keeps ETags; the host sends the header form ("\"0x8D...\"").
    private static ETag? ReadETag(JsonElement? properties) =>
        EnvelopeValues.ReadString(EnvelopeValues.Member(properties, "ETag"))?.Trim('"') is { Length: > 0 } etag ? new ETag(etag) : null;

    private static int? ReadDeliveryCount(InvocationRequest request)
    {
        if (EnvelopeValues.ReadInt32(request.MetadataFor("DequeueCount")) is { } dequeueCount)
        {
            return dequeueCount;
        }

        var retryCount = EnvelopeValues.ReadInt32(EnvelopeValues.Member(EnvelopeValues.ReadObject(request.MetadataFor("RetryContext")), "RetryCount"));
        return retryCount + 1;
    }
}
