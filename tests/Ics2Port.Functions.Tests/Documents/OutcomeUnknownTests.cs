using System.Net;
using Ics2Port.Functions.Tests.Fallback;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.Documents;

/// <summary>Storage fails after the commit was sent: the answer says the version may be stored, and resending the body settles it.</summary>
[Collection("azurite")]
public sealed class OutcomeUnknownTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly StorageTraffic _traffic = new();
    private TestApp _app = null!;
    private HttpClient _agent = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(
            azurite.ConnectionString,
            azurite.UniqueName("unknown"),
            new Dictionary<string, string?> { ["Ics2Port:Storage:MaxRetries"] = "1" },
            _traffic.AddTo);
        _agent = _app.Client(TestApp.AgentAKey);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Put_AnswerOfTheCommitLost_503SayingItMayBeStoredAndTheResendAnswersTheStoredVersion()
    {
        var portCallId = await _agent.CreatePortCallAsync();
        _traffic.FailBatches = true;

        using var lost = await _agent.PutDocumentAsync(portCallId, "arrival", "fal4", Api.Json(Samples.Fal4));
        var problem = await lost.ReadJsonAsync();
        _traffic.FailBatches = false;
        var stored = await _agent.GetFromJsonElementAsync($"/api/port-calls/{portCallId}/arrival/fal4/versions");
        using var resend = await _agent.PutDocumentAsync(portCallId, "arrival", "fal4", Api.Json(Samples.Fal4));
        var receipt = await resend.ReadJsonAsync();

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "https://ics2port.dev/problems/storage-unavailable"), (lost.StatusCode, problem.GetProperty("type").GetString()));
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("may have been stored", detail, StringComparison.Ordinal);
        Assert.Contains("Resending the same body is safe", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("nothing was stored", problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal([1], stored.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("version").GetInt32()));
        Assert.Equal((HttpStatusCode.OK, 1), (resend.StatusCode, receipt.GetProperty("version").GetInt32()));
        Assert.Equal(Samples.Fal4, await _agent.GetStringAsync($"/api/port-calls/{portCallId}/arrival/fal4"));
    }
}
