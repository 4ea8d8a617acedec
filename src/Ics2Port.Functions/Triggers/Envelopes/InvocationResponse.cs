using System.Text.Json.Serialization;

namespace Ics2Port.Functions.Triggers.Envelopes;

/// <summary>
/// The answer to the host: <c>{ "Outputs": {}, "Logs": [], "ReturnValue": null }</c>, PascalCase exactly as the
/// host's <c>HttpScriptInvocationResult</c> reads it. The host shows <c>Logs</c> in the invocation's log.
/// </summary>
public sealed record InvocationResponse(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue)
{
    public static InvocationResponse WithLogs(IEnumerable<string> logs) =>
        new(new Dictionary<string, object?>(), logs.ToList(), null);

    public static InvocationResponse WithLogs(params string[] logs) => WithLogs((IEnumerable<string>)logs);
}
