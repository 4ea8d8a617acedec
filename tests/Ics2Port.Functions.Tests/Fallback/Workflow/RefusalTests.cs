namespace Ics2Port.Functions.Tests.Fallback.Workflow;

using System.Net;
using System.Text;
using Ics2Port.Functions.Tests.Fallback.Channels;
using Ics2Port.Testing;
using Ics2Port.Testing.Peers.Smtp;

/// <summary>A version the port system refused (409) is closed as refused: no fallback when an outage starts, never open again.</summary>
[Collection("azurite")]
public sealed class RefusalTests(AzuriteFixture azurite, PeerSimulatorFixture peers, MailDevFixture mail)
    : IClassFixture<PeerSimulatorFixture>, IClassFixture<MailDevFixture>, IAsyncLifetime
{
    private FallbackHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server);

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Deliver_PortSystemAnswers409_RefusedAndThroughAnOutageNeverALetterAnEmailOrAnOpenCase()
    {
        var portCallId = await _harness.CreatePortCallAsync();
        // The port system already holds other bytes under this document's id and version 1, so it refuses ours with 409.
        using (var portSystem = new HttpClient())
        {
            var address = new Uri($"{peers.Host.PortSystemBaseUrl.AbsoluteUri.TrimEnd('/')}/documents/{portCallId}-arrival-fal3/versions/1");
            using var seeded = await portSystem.PutAsync(address, new StringContent("{}", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Created, seeded.StatusCode);
        }

        var refused = await FallbackHarness.FileAsync(_harness.AgentA, portCallId, "fal3", Api.Json(Samples.Fal3()));
        var delivered = await FallbackHarness.FileAsync(_harness.AgentA, portCallId, "fal4", Api.Json(Samples.Fal4));
        await _harness.AnnounceOutageAsync();
        var filedDuringOutage = await FallbackHarness.FileAsync(_harness.AgentA, portCallId, "fal5", Api.Csv(Samples.Fal5Csv()));
        var run = await _harness.RunTimerAsync();
        await _harness.RunTimerAsync();

        Assert.Equal(("refused", "delivered", "pending"), (refused.State(), delivered.State(), filedDuringOutage.State()));
        var cases = await _harness.CasesAsync();
        Assert.Equal([$"{portCallId}-arrival-fal5-v1"], cases.Keys);
        Assert.Equal("1 open case(s): eds sent 1.", run[^1]);
        var versions = await _harness.AgentA.GetFromJsonElementAsync($"/api/port-calls/{portCallId}/arrival/fal3/versions");
        Assert.Equal("refused", versions.GetProperty("items")[0].State());
    }
}
