using System.Text.Json;

namespace Ics2Port.Functions.Triggers.Invocation;

/// <summary>
/// One queue trigger invocation. <see cref="Message"/> is the message with any JSON-in-a-string layers the host
/// added peeled off: an object or array for a JSON message, a string for plain text. <see cref="MessageId"/>,
/// <see cref="DequeueCount"/> and <see cref="InsertedAt"/> are known only when the host's metadata says so.
/// </summary>
public sealed record QueueInvocation(
    string FunctionName,
    string InvocationId,
    string QueueName,
    JsonElement Message,
    string? MessageId,
    int? DequeueCount,
    DateTimeOffset? InsertedAt);
