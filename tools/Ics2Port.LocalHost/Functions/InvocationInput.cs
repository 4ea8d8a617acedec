namespace Ics2Port.LocalHost.Functions;

/// <summary>
/// What one invocation binds from: the trigger's value (<c>HttpRequest</c>, <c>BlobClient</c>, <c>QueueMessage</c> or
/// <c>TimerInfo</c>) and the variables of its route or blob path, which bind to parameters of the same name.
/// </summary>
public sealed record InvocationInput(
    string InvocationId,
    object TriggerValue,
    IReadOnlyDictionary<string, string> Variables,
    CancellationToken CancellationToken);
