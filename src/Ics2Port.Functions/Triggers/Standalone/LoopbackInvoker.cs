using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ics2Port.Functions.Triggers.Envelopes;
using Ics2Port.Functions.Triggers.Invocation;

namespace Ics2Port.Functions.Triggers.Standalone;

/// <summary>
/// POSTs an envelope to this app's own <c>/{FunctionName}</c> over loopback, with the headers the host sends,
/// so a local run goes through the same code path as Azure. At most <c>MaxConcurrency</c> at once.
/// </summary>
internal sealed class LoopbackInvoker(HttpClient client, int maxConcurrency) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(maxConcurrency, maxConcurrency);

    public async Task<InvocationOutcome> InvokeAsync(string functionName, JsonObject envelope, CancellationToken cancellationToken)
    {
        var invocationId = Guid.NewGuid().ToString();
        await _gate.WaitAsync(cancellationToken);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Uri.EscapeDataString(functionName))
            {
                Content = JsonContent.Create(envelope),
            };
            request.Headers.Add(TriggerInvocationEndpoints.InvocationIdHeader, invocationId);
            request.Headers.Add("X-Azure-Functions-HostVersion", "standalone");
            using var response = await client.SendAsync(request, cancellationToken);
            var logs = await ReadLogsAsync(response, cancellationToken);
            var detail = logs.Count > 0 ? string.Join(" | ", logs) : $"HTTP {(int)response.StatusCode}";
            return new(invocationId, response.IsSuccessStatusCode, detail, Stopwatch.GetElapsedTime(started));
        }
        catch (HttpRequestException e)
        {
            return new(invocationId, false, $"the app did not answer: {e.Message}", Stopwatch.GetElapsedTime(started));
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            return new(invocationId, false, $"timed out: {e.Message}", Stopwatch.GetElapsedTime(started));
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _gate.Dispose();
        client.Dispose();
    }

    private static async Task<IReadOnlyList<string>> ReadLogsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadFromJsonAsync<InvocationResponse>(EnvelopeJson.Options, cancellationToken);
            return body?.Logs ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
