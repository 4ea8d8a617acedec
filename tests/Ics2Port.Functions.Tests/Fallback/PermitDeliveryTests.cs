namespace Ics2Port.Functions.Tests.Fallback;

using System.Net;
using System.Text;
using System.Text.Json;
using Ics2Port.Functions.Fallback.Delivery;
using Ics2Port.Functions.Tests.Fallback.Channels;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.PeerSimulators;
using Ics2Port.Storage.Filings;
using Ics2Port.Storage.Permits;
using Ics2Port.Testing;
using Ics2Port.Testing.Peers.Smtp;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// A permit application delivered to the port system as it is filed: the receipt's state is the delivery's, and the port
/// system's answer may carry customs' decision, recorded once.
/// </summary>
[Collection("azurite")]
public sealed class PermitDeliveryTests(AzuriteFixture azurite, PeerSimulatorFixture peers, MailDevFixture mail)
    : IClassFixture<PeerSimulatorFixture>, IClassFixture<MailDevFixture>, IAsyncLifetime
{
    private FallbackHarness _harness = null!;
    private HttpClient _customsRiga = null!;
    private string _portCallId = null!;

    public async Task InitializeAsync()
    {
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server, settings: new Dictionary<string, string?>
        {
            ["Ics2Port:Fallback:AcceptedGracePeriod"] = "00:00:00",
        });
        _customsRiga = _harness.App.Client(TestApp.CustomsRigaKey);
        _portCallId = await _harness.AgentA.CreatePortCallAsync(Samples.PortCall(port: "LVRIX"));
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Apply_PortSystemUp_201DeliveredOnceAsAPermitWithItsBytes()
    {
        var (status, receipt) = await ApplyAsync();

        var permitId = receipt.GetProperty("permitId").GetString()!;
        var received = Assert.Single((await peers.ReceivedAsync(PeerNames.PortSystem)).EnumerateArray());
        Assert.Equal((HttpStatusCode.Created, "delivered"), (status, receipt.State()));
        Assert.Equal("delivered", (await _harness.AgentA.GetFromJsonElementAsync($"/api/permits/{permitId}")).State());
        Assert.Equal(
            ($"{_portCallId}-permit-{permitId}", TestApp.Sha256(Samples.Permit()), "permit", "application/json", 1),
            (received.GetProperty("documentId").GetString(), received.GetProperty("sha256").GetString(), received.GetProperty("documentType").GetString(),
             received.GetProperty("contentType").GetString(), received.GetProperty("requests").GetInt32()));
        Assert.False((await _harness.AgentA.GetFromJsonElementAsync($"/api/permits/{permitId}")).TryGetProperty("decision", out _));
        Assert.Empty(await _harness.CasesAsync());
    }

    [Fact]
    public async Task Apply_PortSystemAnswersAGrant_DecidedByThePortSystemAndACustomsDecisionLater409()
    {
        await peers.SetPortSystemDecisionAsync("permit", new { outcome = "granted", permitNumber = "0210-2611-0077", office = "0210" });

        var (_, receipt) = await ApplyAsync();
        var permitId = receipt.GetProperty("permitId").GetString()!;
        var permit = await _harness.AgentA.GetFromJsonElementAsync($"/api/permits/{permitId}");
        using var customs = await _customsRiga.PostAsync($"/api/permits/{permitId}/decision", Api.Json("""{ "outcome": "refused", "reason": "Too late." }"""));
        var problem = await customs.ReadJsonAsync();
        var listed = (await _harness.AgentA.GetFromJsonElementAsync($"/api/port-calls/{_portCallId}/permits")).GetProperty("items")[0];

        var decision = permit.GetProperty("decision");
        Assert.Equal(("delivered", "delivered"), (receipt.State(), permit.State()));
        Assert.Equal(
            ("granted", "0210-2611-0077", "port-system", "0210"),
            (decision.GetProperty("outcome").GetString(), decision.GetProperty("permitNumber").GetString(), decision.GetProperty("decidedBy").GetString(), decision.GetProperty("office").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, customs.StatusCode);
        Assert.Equal("CONSISTENCY", problem.GetProperty("errors")[0].GetProperty("rule").GetString());
        Assert.Equal(("delivered", "granted", "port-system"), (listed.State(), listed.GetProperty("decision").GetProperty("outcome").GetString(), listed.GetProperty("decision").GetProperty("decidedBy").GetString()));
    }

    [Fact]
    public async Task Apply_PortSystemAnswersARefusalDecision_RefusedWithItsReasonAndANewApplicationUndecided()
    {
        await peers.SetPortSystemDecisionAsync("permit", new { outcome = "refused", reason = "Berth RIX-KS-12 is closed for unloading.", office = "0210" });
        var (_, refused) = await ApplyAsync();
        using (var client = new HttpClient { BaseAddress = peers.Host.BaseUrl })
        {
            (await client.DeleteAsync($"_control/{PeerNames.PortSystem}/answers/permit")).EnsureSuccessStatusCode();
        }

        var (_, renewed) = await ApplyAsync(Samples.Permit(hsCode: "4403"));

        var first = await _harness.AgentA.GetFromJsonElementAsync($"/api/permits/{refused.GetProperty("permitId").GetString()}");
        var second = await _harness.AgentA.GetFromJsonElementAsync($"/api/permits/{renewed.GetProperty("permitId").GetString()}");
        Assert.Equal(
            ("delivered", "refused", "Berth RIX-KS-12 is closed for unloading.", "port-system"),
            (first.State(), first.GetProperty("decision").GetProperty("outcome").GetString(), first.GetProperty("decision").GetProperty("reason").GetString(), first.GetProperty("decision").GetProperty("decidedBy").GetString()));
        Assert.Equal("delivered", second.State());
        Assert.False(second.TryGetProperty("decision", out _));
    }

    [Fact]
    public async Task Apply_PortSystemAnswersAnUnreadableDecision_DeliveredAndUndecidedSoCustomsMayDecide()
    {
        await peers.SetPortSystemDecisionAsync("permit", new { outcome = "maybe" });

        var (_, receipt) = await ApplyAsync();
        var permitId = receipt.GetProperty("permitId").GetString()!;
        var undecided = await _harness.AgentA.GetFromJsonElementAsync($"/api/permits/{permitId}");
        using var customs = await _customsRiga.PostAsync($"/api/permits/{permitId}/decision", Api.Json("""{ "outcome": "granted", "permitNumber": "0210-2611-0078" }"""));

        Assert.Equal(("delivered", false), (undecided.State(), undecided.TryGetProperty("decision", out _)));
        Assert.Equal(HttpStatusCode.OK, customs.StatusCode);
    }

    [Fact]
    public async Task Apply_PortSystemRefuses422_RefusedAndThroughAnOutageNeverALetterAnEmailOrAnOpenCase()
    {
        await peers.SetPortSystemRefusalAsync("permit", "Unknown berth RIX-KS-12.");

        var (status, receipt) = await ApplyAsync();
        var permitId = receipt.GetProperty("permitId").GetString()!;
        await _harness.AnnounceOutageAsync();
        await _harness.RunTimerAsync();
        await _harness.RunTimerAsync();

        var permit = await _harness.AgentA.GetFromJsonElementAsync($"/api/permits/{permitId}");
        var listed = (await _harness.AgentA.GetFromJsonElementAsync($"/api/port-calls/{_portCallId}/permits")).GetProperty("items")[0];
        Assert.Equal((HttpStatusCode.Created, "refused", "refused", "refused"), (status, receipt.State(), permit.State(), listed.State()));
        Assert.False(permit.TryGetProperty("decision", out _));
        Assert.Empty(await _harness.CasesAsync());
        Assert.Empty((await peers.ReceivedAsync(PeerNames.PortSystem)).EnumerateArray());
        Assert.Empty((await peers.ReceivedAsync(PeerNames.Eds)).EnumerateArray());
        Assert.Empty(await mail.Server.GetMessagesAsync());
    }

    [Fact]
    public async Task Get_PermitStoredButNeverSent_SentWhenReadAndDeliveredOnce()
    {
        // As an application whose process died between the permit's row and its way to the port system leaves it.
        var body = Encoding.UTF8.GetBytes(Samples.Permit());
        var stored = await _harness.App.Services.GetRequiredService<PermitStore>().CreateAsync(
            "pm-neversentq", TestApp.AgentA, _portCallId, BinaryData.FromBytes(body), TestApp.Sha256(Samples.Permit()), DateTimeOffset.UtcNow);

        var first = await _harness.AgentA.GetFromJsonElementAsync($"/api/permits/{stored.PermitId}");
        var listed = (await _harness.AgentA.GetFromJsonElementAsync($"/api/port-calls/{_portCallId}/permits")).GetProperty("items")[0];

        Assert.Equal(("delivered", "delivered"), (first.State(), listed.State()));
        Assert.Equal(new Dictionary<string, int> { [$"{_portCallId}-permit-{stored.PermitId}-v1"] = 1 }, await _harness.PortSystemRequestsAsync());
    }

    [Fact]
    public async Task FallbackWorkflow_PermitOnItsWayButNeverSent_DeliveredByTheTimerOnceAndThePortSystemsDecisionRecorded()
    {
        // As an application whose process died after both rows were stored, before the delivery: 'accepted', open.
        var body = Encoding.UTF8.GetBytes(Samples.Permit());
        var stored = await _harness.App.Services.GetRequiredService<PermitStore>().CreateAsync(
            "pm-timersendq", TestApp.AgentA, _portCallId, BinaryData.FromBytes(body), TestApp.Sha256(Samples.Permit()), DateTimeOffset.UtcNow);
        await _harness.App.Services.GetRequiredService<FilingOutbox>().PutAsync(
            FilingDelivery.Submission(FilingKinds.Permit, _portCallId, TestApp.AgentA, stored.PermitId, body, stored.Sha256, stored.ReceivedAt), 1);
        await peers.SetPortSystemDecisionAsync("permit", new { outcome = "granted", permitNumber = "0210-2611-0079", office = "0210" });

        await _harness.RunTimerAsync();
        await _harness.RunTimerAsync();

        var permit = await _harness.AgentA.GetFromJsonElementAsync($"/api/permits/{stored.PermitId}");
        Assert.Equal(("delivered", "granted", "port-system"), (permit.State(), permit.GetProperty("decision").GetProperty("outcome").GetString(), permit.GetProperty("decision").GetProperty("decidedBy").GetString()));
        Assert.Equal(new Dictionary<string, int> { [$"{_portCallId}-permit-{stored.PermitId}-v1"] = 1 }, await _harness.PortSystemRequestsAsync());
    }

    [Fact]
    public async Task Apply_SameIdempotencyKeyDuringAndAfterAnOutage_OnePermitDeliveredOnceByTheTimer()
    {
        var outageId = await _harness.AnnounceOutageAsync();
        await peers.SetAvailableAsync(PeerNames.PortSystem, false);
        var (_, first) = await ApplyAsync(key: "permit-retry");
        await peers.SetAvailableAsync(PeerNames.PortSystem, true);
        await _harness.RestoreAsync(outageId);

        var (status, again) = await ApplyAsync(key: "permit-retry");
        await _harness.RunTimerAsync();
        var permit = await _harness.AgentA.GetFromJsonElementAsync($"/api/permits/{first.GetProperty("permitId").GetString()}");

        Assert.Equal((HttpStatusCode.Created, first.GetProperty("permitId").GetString()), (status, again.GetProperty("permitId").GetString()));
        Assert.Equal(("pending", "pending", "delivered"), (first.State(), again.State(), permit.State()));
        Assert.Equal(new Dictionary<string, int> { [$"{_portCallId}-permit-{first.GetProperty("permitId").GetString()}-v1"] = 1 }, await _harness.PortSystemRequestsAsync());
    }

    private async Task<(HttpStatusCode Status, JsonElement Receipt)> ApplyAsync(string? body = null, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/port-calls/{_portCallId}/permits") { Content = Api.Json(body ?? Samples.Permit()) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        using var response = await _harness.AgentA.SendAsync(request);
        return (response.StatusCode, await response.ReadJsonAsync());
    }
}
