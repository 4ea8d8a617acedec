namespace Ics2Port.Functions.Tests.Fallback;

using System.Net;
using System.Text;
using System.Text.Json;
using Ics2Port.Functions.Fallback.Channels;
using Ics2Port.Functions.Tests.Fallback.Channels;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.PeerSimulators;
using Ics2Port.Testing;
using Ics2Port.Testing.Peers.Smtp;

/// <summary>
/// A permit application goes to customs "electronically, using SKLOIS" (seed 003) the way documents go: through an outage
/// by the fallback channels (FB-1-EDS, FB-2-EMAIL), re-entered after restoration (FB-REENTRY), then decided by customs.
/// </summary>
[Collection("azurite")]
public sealed class PermitFallbackTests(AzuriteFixture azurite, PeerSimulatorFixture peers, MailDevFixture mail)
    : IClassFixture<PeerSimulatorFixture>, IClassFixture<MailDevFixture>, IAsyncLifetime
{
    private const string Riga = "LVRIX";
    private const string RigaMailbox = "mkp.0210@vid.gov.lv";
    private static readonly TimeSpan MailArrival = TimeSpan.FromSeconds(15);

    private FallbackHarness _harness = null!;
    private HttpClient _customsRiga = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }

    [Fact]
    public async Task Permit_FB_2_EMAIL_AppliedDuringOutageEdsDown_SignedEmailThenReenteredThenGrantedByCustoms()
    {
        await StartAsync();
        var portCallId = await _harness.AgentA.CreatePortCallAsync(Samples.PortCall(port: Riga));
        var outageId = await _harness.AnnounceOutageAsync();
        await peers.SetAvailableAsync(PeerNames.PortSystem, false);
        var application = Encoding.UTF8.GetBytes(Samples.Permit());

        // Applied for during the announced outage: accepted and pending, nothing sent.
        using var applied = await _harness.AgentA.PostAsync($"/api/port-calls/{portCallId}/permits", new ByteArrayContent(application) { Headers = { ContentType = new("application/json") } });
        var receipt = await applied.ReadJsonAsync();
        var permitId = receipt.GetProperty("permitId").GetString()!;
        var caseId = $"{portCallId}-permit-{permitId}-v1";
        var pending = await PermitSeenByAgentAsync(portCallId, permitId);
        var pendingCase = (await _harness.CasesAsync(_harness.AgentA))[caseId];

        // The timer finds the EDS down too: a signed e-mail to Riga's control point 0210.
        await peers.SetAvailableAsync(PeerNames.Eds, false);
        await _harness.RunTimerAsync();
        var message = Assert.Single(await mail.Server.WaitForMessagesAsync(1, MailArrival));
        var emailed = await PermitSeenByAgentAsync(portCallId, permitId);
        var emailedCase = (await _harness.CasesAsync(_harness.AgentA))[caseId];

        // Restored: re-entered in the port system once, whatever the number of runs.
        await peers.SetAvailableAsync(PeerNames.PortSystem, true);
        await _harness.RestoreAsync(outageId);
        await _harness.RunTimerAsync();
        await _harness.RunTimerAsync();
        var reentered = await PermitSeenByAgentAsync(portCallId, permitId);
        var reenteredCase = (await _harness.CasesAsync(_harness.AgentA))[caseId];
        var received = Assert.Single((await peers.ReceivedAsync(PeerNames.PortSystem)).EnumerateArray());

        // Customs decide over the API.
        using var decided = await _customsRiga.PostAsync($"/api/permits/{permitId}/decision", Api.Json("""{ "outcome": "granted", "permitNumber": "0210-2611-0042" }"""));
        var decision = await decided.ReadJsonAsync();
        var granted = await PermitSeenByAgentAsync(portCallId, permitId);

        Assert.Equal((HttpStatusCode.Created, "pending"), (applied.StatusCode, receipt.State()));
        Assert.Equal(("pending", "pending", false), (pending.Permit.State(), pending.Listed.State(), pending.Permit.TryGetProperty("decision", out _)));
        Assert.Equal(("pending", string.Empty, outageId), (pendingCase.State(), pendingCase.Attempts(), pendingCase.GetProperty("outageId").GetString()));
        Assert.Equal(("permit", permitId, $"{portCallId}-permit-{permitId}"), (pendingCase.GetProperty("direction").GetString(), pendingCase.GetProperty("type").GetString(), pendingCase.GetProperty("documentId").GetString()));

        Assert.Equal([RigaMailbox], message.To);
        Assert.Equal(FallbackHarness.Sender, message.From);
        Assert.EndsWith($": Unloading/loading permit application {permitId} version 1", message.Subject, StringComparison.Ordinal);
        var (document, signature) = (message.Attachments[0], message.Attachments[1]);
        Assert.Equal($"permit-{permitId}.json", document.FileName);
        Assert.Equal(application, document.Content);
        Assert.Equal((document.FileName + ".p7s", DocumentSigner.SignatureContentType), (signature.FileName, signature.ContentType));
        Assert.True(DocumentSigner.Verify(document.Content, signature.Content), $"The signature of {document.FileName} does not verify.");
        Assert.Equal(SigningCertificates.Thumbprint, SigningCertificates.SignerOf(application, signature.Content));
        Assert.Equal(("fallback-email", "eds unavailable, email sent"), (emailedCase.State(), emailedCase.Attempts()));
        Assert.Equal(emailedCase.GetProperty("attempts")[1].GetProperty("reference").GetString(), message.MessageId);
        Assert.Equal(("fallback-email", "fallback-email"), (emailed.Permit.State(), emailed.Listed.State()));

        Assert.Equal(("re-entered", "eds unavailable, email sent, re-entry delivered"), (reenteredCase.State(), reenteredCase.Attempts()));
        Assert.Equal(("re-entered", "re-entered"), (reentered.Permit.State(), reentered.Listed.State()));
        Assert.Equal(
            ($"{portCallId}-permit-{permitId}", 1, receipt.GetProperty("sha256").GetString(), portCallId, "permit", false, 1),
            (received.GetProperty("documentId").GetString(), received.GetProperty("version").GetInt32(), received.GetProperty("sha256").GetString(),
             received.GetProperty("portCallId").GetString(), received.GetProperty("documentType").GetString(),
             received.TryGetProperty("direction", out var direction) && direction.ValueKind != JsonValueKind.Null, received.GetProperty("requests").GetInt32()));

        Assert.Equal((HttpStatusCode.OK, "re-entered", "granted"), (decided.StatusCode, decision.State(), decision.GetProperty("decision").GetProperty("outcome").GetString()));
        foreach (var seen in new[] { granted.Permit, granted.Listed })
        {
            var outcome = seen.GetProperty("decision");
            Assert.Equal(
                ("re-entered", "granted", "0210-2611-0042", "customs:0210", "0210"),
                (seen.State(), outcome.GetProperty("outcome").GetString(), outcome.GetProperty("permitNumber").GetString(),
                 outcome.GetProperty("decidedBy").GetString(), outcome.GetProperty("office").GetString()));
        }
    }

    [Fact]
    public async Task Permit_FB_1_EDS_AppliedDuringOutageEdsUp_LetterToControlPoint0210AndNoEmail()
    {
        await StartAsync();
        var portCallId = await _harness.AgentA.CreatePortCallAsync(Samples.PortCall(port: Riga));
        await _harness.AnnounceOutageAsync();
        var permitId = await ApplyAsync(portCallId);

        await _harness.RunTimerAsync();
        await _harness.RunTimerAsync();

        var letter = Assert.Single((await peers.ReceivedAsync(PeerNames.Eds)).EnumerateArray());
        var attachment = Assert.Single(letter.GetProperty("attachments").EnumerateArray());
        var seen = await PermitSeenByAgentAsync(portCallId, permitId);
        Assert.Equal(("0210", 1), (letter.GetProperty("category").GetString(), letter.GetProperty("requests").GetInt32()));
        Assert.Equal($"permit-{permitId}.json", attachment.GetProperty("fileName").GetString());
        Assert.Equal(("fallback-eds", "fallback-eds"), (seen.Permit.State(), seen.Listed.State()));
        Assert.Equal("eds sent", (await _harness.CasesAsync())[$"{portCallId}-permit-{permitId}-v1"].Attempts());
        Assert.Empty(await mail.Server.GetMessagesAsync());
        Assert.Empty((await peers.ReceivedAsync(PeerNames.PortSystem)).EnumerateArray());
    }

    [Fact]
    public async Task Permit_OtherAgentAndOtherPortsCustoms_404ForThePermitAndItsCase()
    {
        await StartAsync();
        var portCallId = await _harness.AgentA.CreatePortCallAsync(Samples.PortCall(port: Riga));
        await _harness.AnnounceOutageAsync();
        var permitId = await ApplyAsync(portCallId);
        var caseId = $"{portCallId}-permit-{permitId}-v1";
        using var customsVentspils = _harness.App.Client(TestApp.CustomsVentspilsKey);

        using var otherAgent = await _harness.AgentB.GetAsync($"/api/permits/{permitId}");
        using var otherAgentsCase = await _harness.AgentB.GetAsync($"/api/fallback/cases/{caseId}");
        using var otherPort = await customsVentspils.GetAsync($"/api/permits/{permitId}");
        using var otherPortDecides = await customsVentspils.PostAsync($"/api/permits/{permitId}/decision", Api.Json("""{ "outcome": "granted", "permitNumber": "0311-2611-0001" }"""));

        Assert.Equal(
            (HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
            (otherAgent.StatusCode, otherAgentsCase.StatusCode, otherPort.StatusCode, otherPortDecides.StatusCode));
        Assert.DoesNotContain(caseId, (await _harness.CasesAsync(_harness.AgentB)).Keys);
        Assert.Equal("pending", (await PermitSeenByAgentAsync(portCallId, permitId)).Permit.State());
    }

    [Fact]
    public async Task Permit_FB_3_IN_PERSON_NoCertificate_SummaryNamesThePermitHandedOverThenReentered()
    {
        await StartAsync(signing: false);
        var portCallId = await _harness.AgentA.CreatePortCallAsync(Samples.PortCall(port: Riga));
        var outageId = await _harness.AnnounceOutageAsync();
        var permitId = await ApplyAsync(portCallId);
        var caseId = $"{portCallId}-permit-{permitId}-v1";
        await peers.SetAvailableAsync(PeerNames.Eds, false);

        await _harness.RunTimerAsync();
        var inPerson = await PermitSeenByAgentAsync(portCallId, permitId);
        using var summary = await _harness.AgentA.GetAsync($"/api/fallback/cases/{caseId}/summary");
        var text = await summary.Content.ReadAsStringAsync();
        using var handOver = await _harness.Authority.PostAsync($"/api/fallback/cases/{caseId}/hand-over", Api.Json("""{ "receivedBy": "Inspector Kalnina, MKP 0210" }"""));
        var handedOver = await handOver.ReadJsonAsync();
        await _harness.RestoreAsync(outageId);
        await _harness.RunTimerAsync();
        var reentered = await PermitSeenByAgentAsync(portCallId, permitId);

        Assert.Equal(("fallback-in-person", "fallback-in-person"), (inPerson.Permit.State(), inPerson.Listed.State()));
        Assert.Equal(HttpStatusCode.OK, summary.StatusCode);
        Assert.Contains("Customs control point: 0210 Riga Free Port MKP", text, StringComparison.Ordinal);
        Assert.Contains($"Unloading/loading permit application ({permitId}), version 1", text, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, "eds unavailable, email not-usable, in-person confirmed"), (handOver.StatusCode, handedOver.Attempts()));
        Assert.Equal(("re-entered", "re-entered"), (reentered.Permit.State(), reentered.Listed.State()));
        Assert.Equal(new Dictionary<string, int> { [caseId] = 1 }, await _harness.PortSystemRequestsAsync());
    }

    [Fact]
    public async Task Permit_FB_REENTRY_PortSystemAnswersTheReentryWithARefusal_RecordedOnceAsThePortSystemsDecision()
    {
        await StartAsync();
        var portCallId = await _harness.AgentA.CreatePortCallAsync(Samples.PortCall(port: Riga));
        var outageId = await _harness.AnnounceOutageAsync();
        var permitId = await ApplyAsync(portCallId);
        await _harness.RunTimerAsync();
        await peers.SetPortSystemDecisionAsync("permit", new { outcome = "refused", reason = "No free berth on 30 November.", office = "0210" });

        await _harness.RestoreAsync(outageId);
        await _harness.RunTimerAsync();
        await _harness.RunTimerAsync();

        var refused = await PermitSeenByAgentAsync(portCallId, permitId);
        using var customs = await _customsRiga.PostAsync($"/api/permits/{permitId}/decision", Api.Json("""{ "outcome": "granted", "permitNumber": "0210-2611-0043" }"""));
        var decision = refused.Permit.GetProperty("decision");
        Assert.Equal(("re-entered", "re-entered"), (refused.Permit.State(), refused.Listed.State()));
        Assert.Equal(
            ("refused", "No free berth on 30 November.", "port-system", "0210"),
            (decision.GetProperty("outcome").GetString(), decision.GetProperty("reason").GetString(), decision.GetProperty("decidedBy").GetString(), decision.GetProperty("office").GetString()));
        Assert.Equal("refused", refused.Listed.GetProperty("decision").GetProperty("outcome").GetString());
        Assert.Equal(HttpStatusCode.Conflict, customs.StatusCode);
        Assert.Equal("eds sent, re-entry delivered", (await _harness.CasesAsync())[$"{portCallId}-permit-{permitId}-v1"].Attempts());
    }

    private async Task StartAsync(bool signing = true)
    {
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server, signing);
        _customsRiga = _harness.App.Client(TestApp.CustomsRigaKey);
    }

    private async Task<string> ApplyAsync(string portCallId)
    {
        using var response = await _harness.AgentA.PostAsync($"/api/port-calls/{portCallId}/permits", Api.Json(Samples.Permit()));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("permitId").GetString()!;
    }

    /// <summary>The permit as the agent reads it, and as the port call's permit list shows it.</summary>
    private async Task<(JsonElement Permit, JsonElement Listed)> PermitSeenByAgentAsync(string portCallId, string permitId)
    {
        var permit = await _harness.AgentA.GetFromJsonElementAsync($"/api/permits/{permitId}");
        var list = await _harness.AgentA.GetFromJsonElementAsync($"/api/port-calls/{portCallId}/permits");
        return (permit, list.GetProperty("items").EnumerateArray().Single(item => item.GetProperty("permitId").GetString() == permitId));
    }
}
