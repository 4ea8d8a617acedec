namespace Ics2Port.Functions.Tests.Fallback;

using System.Net;
using System.Security.Cryptography;
using System.Text;
using Ics2Port.Functions.Tests.Fallback.Channels;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Storage.Documents;
using Ics2Port.PeerSimulators;
using Ics2Port.Testing;
using Ics2Port.Testing.Peers.Smtp;
using Microsoft.Extensions.DependencyInjection;

/// <summary>Delivery to the port system as documents are filed, and the port system's availability.</summary>
[Collection("azurite")]
public sealed class DeliveryTests(AzuriteFixture azurite, PeerSimulatorFixture peers, MailDevFixture mail)
    : IClassFixture<PeerSimulatorFixture>, IClassFixture<MailDevFixture>, IAsyncLifetime
{
    private FallbackHarness _harness = null!;

    public async Task InitializeAsync() =>
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server, settings: new Dictionary<string, string?>
        {
            ["Ics2Port:Fallback:FailuresBeforeOutage"] = "2",
            ["Ics2Port:Fallback:AcceptedGracePeriod"] = "00:00:00",
        });

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task SubmitDocument_PortSystemUp_DeliveredOnceWithItsBytes()
    {
        var portCallId = await _harness.CreatePortCallAsync();

        var receipt = await FallbackHarness.FileAsync(_harness.AgentA, portCallId, "fal5", Api.Csv(Samples.Fal5Csv()));

        var received = Assert.Single((await peers.ReceivedAsync(PeerNames.PortSystem)).EnumerateArray());
        var versions = await _harness.AgentA.GetFromJsonElementAsync($"/api/port-calls/{portCallId}/arrival/fal5/versions");
        Assert.Equal("delivered", receipt.State());
        Assert.Equal("delivered", versions.GetProperty("items")[0].State());
        Assert.Equal(
            (receipt.GetProperty("documentId").GetString(), 1, receipt.GetProperty("sha256").GetString(), portCallId, "fal5", "arrival", 1),
            (received.GetProperty("documentId").GetString(), received.GetProperty("version").GetInt32(), received.GetProperty("sha256").GetString(),
             received.GetProperty("portCallId").GetString(), received.GetProperty("documentType").GetString(), received.GetProperty("direction").GetString(),
             received.GetProperty("requests").GetInt32()));
        Assert.Empty(await _harness.CasesAsync());
    }

    [Fact]
    public async Task FallbackWorkflow_VersionCommittedButNeverDelivered_DeliveredByTheTimerOnce()
    {
        var portCallId = await _harness.CreatePortCallAsync();
        var body = Encoding.UTF8.GetBytes(Samples.Fal4);
        // As a filing whose process died right after the commit leaves it: stored, 'accepted', never sent.
        await _harness.App.Services.GetRequiredService<DocumentStore>().CommitAsync(new DocumentSubmission
        {
            AgentId = TestApp.AgentA,
            PortCallId = portCallId,
            Direction = "arrival",
            Type = "fal4",
            Content = BinaryData.FromBytes(body),
            ContentType = "application/json",
            Extension = "json",
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(body)),
            ReceivedAt = DateTimeOffset.UtcNow,
        });

        await _harness.RunTimerAsync();
        await _harness.RunTimerAsync();

        var versions = await _harness.AgentA.GetFromJsonElementAsync($"/api/port-calls/{portCallId}/arrival/fal4/versions");
        Assert.Equal("delivered", versions.GetProperty("items")[0].State());
        Assert.Equal(new Dictionary<string, int> { [$"{portCallId}-arrival-fal4-v1"] = 1 }, await _harness.PortSystemRequestsAsync());
    }

    [Fact]
    public async Task SubmitDocument_PortSystemFailsTwiceInARow_PendingAndDetectedOutageThatAProbeCloses()
    {
        var portCallId = await _harness.CreatePortCallAsync();
        await peers.SetAvailableAsync(PeerNames.PortSystem, false);

        var first = await FallbackHarness.FileAsync(_harness.AgentA, portCallId, "fal4", Api.Json(Samples.Fal4));
        var afterOne = await _harness.AgentA.GetFromJsonElementAsync("/api/system/status");
        var second = await FallbackHarness.FileAsync(_harness.AgentA, portCallId, "fal3", Api.Json(Samples.Fal3()));
        var afterTwo = await _harness.AgentA.GetFromJsonElementAsync("/api/system/status");
        var outage = await _harness.Authority.GetFromJsonElementAsync($"/api/system/outages/{afterTwo.GetProperty("outageId").GetString()}");
        await peers.SetAvailableAsync(PeerNames.PortSystem, true);
        var log = await _harness.RunTimerAsync();
        var restored = await _harness.AgentA.GetFromJsonElementAsync("/api/system/status");
        var cases = await _harness.CasesAsync();

        Assert.Equal(("pending", "pending"), (first.State(), second.State()));
        Assert.Equal("available", afterOne.GetProperty("portSystem").GetString());
        Assert.Equal(("unavailable", "detected"), (afterTwo.GetProperty("portSystem").GetString(), afterTwo.GetProperty("source").GetString()));
        Assert.Equal(("open", "detected"), (outage.State(), outage.GetProperty("source").GetString()));
        Assert.Contains(log, line => line.Contains("closed: the port system answers its status check", StringComparison.Ordinal));
        Assert.Equal("available", restored.GetProperty("portSystem").GetString());
        Assert.All(cases.Values, fallbackCase => Assert.Equal(("delivered", "port-system unavailable, port-system delivered"), (fallbackCase.State(), fallbackCase.Attempts())));
        Assert.All((await _harness.PortSystemRequestsAsync()).Values, requests => Assert.Equal(1, requests));
    }

    [Fact]
    public async Task SystemStatus_AnnouncedThenRestored_UnavailableWithOutageThenAvailable()
    {
        using var announce = await _harness.Authority.PostAsync(
            "/api/system/outages", Api.Json("""{ "announcedAt": "2025-11-23T08:00:00+02:00", "source": "helpdesk", "message": "SKLOIS down" }"""));
        var outage = await announce.ReadJsonAsync();
        var outageId = outage.GetProperty("outageId").GetString()!;
        var during = await _harness.AgentB.GetFromJsonElementAsync("/api/system/status");
        using var announceAgain = await _harness.Authority.PostAsync(
            "/api/system/outages", Api.Json("""{ "announcedAt": "2026-11-23T08:05:00+02:00", "source": "helpdesk", "message": "still down" }"""));

        using var restore = await _harness.Authority.PostAsync($"/api/system/outages/{outageId}/restore", null);
        using var restoreAgain = await _harness.Authority.PostAsync($"/api/system/outages/{outageId}/restore", null);

        var after = await _harness.AgentB.GetFromJsonElementAsync("/api/system/status");
        Assert.Equal((HttpStatusCode.Created, $"/api/system/outages/{outageId}"), (announce.StatusCode, announce.Headers.Location?.OriginalString));
        Assert.Equal(
            ("unavailable", outageId, "2025-11-23T06:00:00+00:00"),
            (during.GetProperty("portSystem").GetString(), during.GetProperty("outageId").GetString(), during.GetProperty("since").GetString()));
        Assert.Equal((HttpStatusCode.OK, outageId), (announceAgain.StatusCode, (await announceAgain.ReadJsonAsync()).GetProperty("outageId").GetString()));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (restore.StatusCode, restoreAgain.StatusCode));
        Assert.Equal(("restored", "authority"), ((await restoreAgain.ReadJsonAsync()).State(), (await restore.ReadJsonAsync()).GetProperty("restoredBy").GetString()));
        Assert.Equal("available", after.GetProperty("portSystem").GetString());
        Assert.False(after.TryGetProperty("outageId", out _));
    }

    [Fact]
    public async Task AnnounceOutage_SourceNotHelpdesk_422PointingAtSource()
    {
        using var response = await _harness.Authority.PostAsync("/api/system/outages", Api.Json("""{ "announcedAt": "2026-11-23T08:00:00+02:00", "source": "detected" }"""));

        var problem = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(("/source", "FORMAT-VALUE"), (problem.GetProperty("errors")[0].GetProperty("pointer").GetString(), problem.GetProperty("errors")[0].GetProperty("rule").GetString()));
        Assert.Equal("available", (await _harness.Authority.GetFromJsonElementAsync("/api/system/status")).GetProperty("portSystem").GetString());
    }

    [Fact]
    public async Task AuthorityOnlyEndpoints_AgentKey_403ForbiddenAndNothingRecorded()
    {
        var requests = new Func<Task<HttpResponseMessage>>[]
        {
            () => _harness.AgentA.PostAsync("/api/system/outages", Api.Json("""{ "announcedAt": "2026-11-23T08:00:00+02:00", "source": "helpdesk" }""")),
            () => _harness.AgentA.PostAsync("/api/system/outages/out-abcdefghij/restore", null),
            () => _harness.AgentA.PostAsync("/api/fallback/inbox", Api.Json("""{ "messageId": "<x@y>", "from": "a@b", "to": "c@d", "subject": "s", "receivedAt": "2026-11-23T08:00:00+02:00", "attachments": [] }""")),
            () => _harness.AgentA.GetAsync("/api/fallback/inbox"),
        };

        var responses = await Task.WhenAll(requests.Select(request => request()));

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("https://ics2port.dev/problems/forbidden", (await response.ReadJsonAsync()).GetProperty("type").GetString());
            response.Dispose();
        }

        Assert.Equal("available", (await _harness.Authority.GetFromJsonElementAsync("/api/system/status")).GetProperty("portSystem").GetString());
        Assert.Empty((await _harness.Authority.GetFromJsonElementAsync("/api/fallback/inbox")).GetProperty("items").EnumerateArray());
    }
}
