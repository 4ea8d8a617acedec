using System.Net;
using Ics2Port.Functions.Hosting;
using Ics2Port.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ics2Port.Functions.Tests.Hosting;

[Collection("azurite")]
public sealed class LogScopeTests(AzuriteFixture azurite) : IAsyncLifetime, IDisposable
{
    private readonly CapturingLoggerProvider _log = new();
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(
        azurite.ConnectionString,
        azurite.UniqueName("logscope"),
        new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information" },
        services => services.AddSingleton<ILoggerProvider>(_log));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public void Dispose() => _log.Dispose();

    [Fact]
    public async Task DocumentSubmission_Accepted_EveryLineOfTheDocumentNamesInvocationAgentAndPortCall()
    {
        var portCallId = await _app.Client(TestApp.AgentAKey).CreatePortCallAsync();

        using var response = await PutAsInvocationAsync("inv-accepted-1", portCallId, "fal1", Api.Json(Samples.Fal1()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var documentLines = LinesOf($"{portCallId}-arrival-fal1");
        Assert.Contains(documentLines, line => line.Message.Contains("version 1", StringComparison.Ordinal));
        Assert.All(documentLines, line => AssertNames(line, "inv-accepted-1", portCallId));
    }

    [Fact]
    public async Task DocumentSubmission_Refused_TheRefusalLineNamesInvocationAgentAndPortCall()
    {
        var portCallId = await _app.Client(TestApp.AgentAKey).CreatePortCallAsync();

        using var response = await PutAsInvocationAsync("inv-refused-1", portCallId, "fal5", Api.Csv(Samples.Fal5Csv(nationality: "Latvia")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var documentLines = LinesOf($"{portCallId}-arrival-fal5");
        Assert.Contains(documentLines, line => line.Message.Contains("422", StringComparison.Ordinal));
        Assert.All(documentLines, line => AssertNames(line, "inv-refused-1", portCallId));
    }

    // As the Functions host forwards a request: with the invocation id in a header.
    private async Task<HttpResponseMessage> PutAsInvocationAsync(string invocationId, string portCallId, string type, HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/port-calls/{portCallId}/arrival/{type}") { Content = content };
        request.Headers.Add(ApiGateway.InvocationIdHeader, invocationId);
        return await _app.Client(TestApp.AgentAKey).SendAsync(request);
    }

    private List<CapturedLogEntry> LinesOf(string documentId) =>
        [.. _log.Entries.Where(e => e.ScopeValues.GetValueOrDefault("DocumentId") == documentId)];

    private static void AssertNames(CapturedLogEntry line, string invocationId, string portCallId)
    {
        Assert.Equal(invocationId, line.ScopeValues.GetValueOrDefault("InvocationId"));
        Assert.Equal(TestApp.AgentA, line.ScopeValues.GetValueOrDefault("AgentId"));
        Assert.Equal(portCallId, line.ScopeValues.GetValueOrDefault("PortCallId"));
    }
}
