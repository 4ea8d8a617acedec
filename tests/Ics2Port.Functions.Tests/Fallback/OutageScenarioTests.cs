namespace Ics2Port.Functions.Tests.Fallback;

using System.Net;
using Ics2Port.Functions.Fallback.Channels;
using Ics2Port.Functions.Tests.Fallback.Channels;
using Ics2Port.PeerSimulators;
using Ics2Port.Testing;
using Ics2Port.Testing.Peers.Smtp;

/// <summary>Whole outages against real peers, the timer invoked as the Functions host invokes it.</summary>
[Collection("azurite")]
public sealed class OutageScenarioTests(AzuriteFixture azurite, PeerSimulatorFixture peers, MailDevFixture mail)
    : IClassFixture<PeerSimulatorFixture>, IClassFixture<MailDevFixture>, IAsyncLifetime
{
    private static readonly TimeSpan MailArrival = TimeSpan.FromSeconds(15);

    private FallbackHarness _harness = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }

    [Fact]
    public async Task FallbackWorkflow_FB_2_EMAIL_EdsDown_SignedEmailsToVentspilsThenEachReenteredOnce()
    {
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server);
        var portCallId = await _harness.CreatePortCallAsync();
        var outageId = await _harness.AnnounceOutageAsync();
        await peers.SetAvailableAsync(PeerNames.PortSystem, false);
        var filed = new Dictionary<string, byte[]>();
        foreach (var (type, content, bytes) in FallbackHarness.ArrivalDocuments())
        {
            var receipt = await FallbackHarness.FileAsync(_harness.AgentA, portCallId, type, content());
            Assert.Equal("pending", receipt.State());
            filed[$"{receipt.GetProperty("documentId").GetString()}-v1"] = bytes;
        }

        await peers.SetAvailableAsync(PeerNames.Eds, false);
        await _harness.RunTimerAsync();
        var messages = await mail.Server.WaitForMessagesAsync(filed.Count, MailArrival);
        var duringOutage = await _harness.CasesAsync();
        await peers.SetAvailableAsync(PeerNames.PortSystem, true);
        await _harness.RestoreAsync(outageId);
        await _harness.RunTimerAsync();
        await _harness.RunTimerAsync();

        var received = await _harness.PortSystemRequestsAsync();
        var afterRestoration = await _harness.CasesAsync();
        Assert.Equal(filed.Count, messages.Count);
        foreach (var message in messages)
        {
            var caseId = filed.Keys.Single(id => message.Subject.EndsWith($": arrival {id.Split('-')[^2]} version 1", StringComparison.Ordinal));
            Assert.Equal([FallbackHarness.VentspilsMailbox], message.To);
            Assert.Equal(FallbackHarness.Sender, message.From);
            var (document, signature) = (message.Attachments[0], message.Attachments[1]);
            Assert.Equal(filed[caseId], document.Content);
            Assert.Equal((document.FileName + ".p7s", DocumentSigner.SignatureContentType), (signature.FileName, signature.ContentType));
            Assert.True(DocumentSigner.Verify(document.Content, signature.Content), $"The signature of {document.FileName} does not verify.");
            Assert.Equal(SigningCertificates.Thumbprint, SigningCertificates.SignerOf(filed[caseId], signature.Content));
            Assert.Equal(duringOutage[caseId].GetProperty("attempts")[1].GetProperty("reference").GetString(), message.MessageId);
        }

        foreach (var caseId in filed.Keys)
        {
            Assert.Equal(("fallback-email", "eds unavailable, email sent"), (duringOutage[caseId].State(), duringOutage[caseId].Attempts()));
            Assert.Equal(("re-entered", "eds unavailable, email sent, re-entry delivered"), (afterRestoration[caseId].State(), afterRestoration[caseId].Attempts()));
            Assert.Equal(outageId, afterRestoration[caseId].GetProperty("outageId").GetString());
        }

        Assert.Equal(filed.Keys.Order(), received.Keys.Order());
        Assert.All(received.Values, requests => Assert.Equal(1, requests));
    }

    [Fact]
    public async Task FallbackWorkflow_FB_1_EDS_EdsUp_LettersToControlPoint0311AndNoEmail()
    {
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server);
        var portCallId = await _harness.CreatePortCallAsync();
        await _harness.AnnounceOutageAsync();
        await FallbackHarness.FileAsync(_harness.AgentA, portCallId, "fal4", Api.Json(Samples.Fal4));
        await FallbackHarness.FileAsync(_harness.AgentA, portCallId, "fal5", Api.Csv(Samples.Fal5Csv()));

        await _harness.RunTimerAsync();
        await _harness.RunTimerAsync();

        var letters = (await peers.ReceivedAsync(PeerNames.Eds)).EnumerateArray().ToList();
        var cases = await _harness.CasesAsync();
        Assert.Equal(2, letters.Count);
        Assert.All(letters, letter => Assert.Equal(("0311", 1), (letter.GetProperty("category").GetString(), letter.GetProperty("requests").GetInt32())));
        Assert.Empty(await mail.Server.GetMessagesAsync());
        Assert.All(cases.Values, fallbackCase => Assert.Equal(("fallback-eds", "eds sent"), (fallbackCase.State(), fallbackCase.Attempts())));
        Assert.Equal(
            letters.Select(letter => letter.GetProperty("letterId").GetString()).Order(),
            cases.Values.Select(fallbackCase => fallbackCase.GetProperty("attempts")[0].GetProperty("reference").GetString()).Order());
    }

    [Fact]
    public async Task FallbackWorkflow_FB_3_IN_PERSON_NoCertificate_SummaryForAgentAndHandOverByAuthority()
    {
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server, signing: false);
        var portCallId = await _harness.CreatePortCallAsync();
        await _harness.AnnounceOutageAsync();
        var fal4 = await FallbackHarness.FileAsync(_harness.AgentA, portCallId, "fal4", Api.Json(Samples.Fal4));
        var fal5 = await FallbackHarness.FileAsync(_harness.AgentA, portCallId, "fal5", Api.Csv(Samples.Fal5Csv()));
        await peers.SetAvailableAsync(PeerNames.Eds, false);
        var caseId = $"{fal4.GetProperty("documentId").GetString()}-v1";

        await _harness.RunTimerAsync();

        var inPerson = (await _harness.CasesAsync(_harness.AgentA))[caseId];
        using var summary = await _harness.AgentA.GetAsync($"/api/fallback/cases/{caseId}/summary");
        var text = await summary.Content.ReadAsStringAsync();
        using var otherAgent = await _harness.AgentB.GetAsync($"/api/fallback/cases/{caseId}/summary");
        using var agentHandOver = await _harness.AgentA.PostAsync($"/api/fallback/cases/{caseId}/hand-over", null);
        using var handOver = await _harness.Authority.PostAsync($"/api/fallback/cases/{caseId}/hand-over", Api.Json("""{ "receivedBy": "Inspector Ozola, MKP 0311" }"""));
        using var again = await _harness.Authority.PostAsync($"/api/fallback/cases/{caseId}/hand-over", null);
        var confirmed = await again.ReadJsonAsync();
        Assert.Equal(("fallback-in-person", "eds unavailable, email not-usable"), (inPerson.State(), inPerson.Attempts()));
        Assert.Contains("Signing:CertificateSecret", inPerson.GetProperty("attempts")[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal($"/api/fallback/cases/{caseId}/summary", inPerson.GetProperty("summary").GetString());
        Assert.Equal((HttpStatusCode.OK, "text/plain"), (summary.StatusCode, summary.MediaType()!.MediaType));
        Assert.Contains("Customs control point: 0311 Ventspils port MKP", text, StringComparison.Ordinal);
        Assert.Contains(fal4.GetProperty("documentId").GetString()!, text, StringComparison.Ordinal);
        Assert.Contains(fal5.GetProperty("sha256").GetString()!, text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, otherAgent.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agentHandOver.StatusCode);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (handOver.StatusCode, again.StatusCode));
        Assert.Equal(("fallback-in-person", "eds unavailable, email not-usable, in-person confirmed"), (confirmed.State(), confirmed.Attempts()));
        Assert.Equal("Inspector Ozola, MKP 0311", confirmed.GetProperty("attempts")[2].GetProperty("reference").GetString());
        Assert.Empty(await mail.Server.GetMessagesAsync());
    }

    [Fact]
    public async Task FallbackWorkflow_FB_WHERE_PortWithoutControlPoint_NothingSentInPersonWithoutSheet()
    {
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server);
        // Skulte is a Latvian port the law names no control point for.
        var portCallId = await _harness.AgentA.CreatePortCallAsync(Samples.PortCall(port: "LVSKU"));
        await _harness.AnnounceOutageAsync();
        var fal4 = await FallbackHarness.FileAsync(_harness.AgentA, portCallId, "fal4", Api.Json(Samples.Fal4));
        var caseId = $"{fal4.GetProperty("documentId").GetString()}-v1";

        await _harness.RunTimerAsync();

        var inPerson = (await _harness.CasesAsync(_harness.AgentA))[caseId];
        using var summary = await _harness.AgentA.GetAsync($"/api/fallback/cases/{caseId}/summary");
        var problem = await summary.ReadJsonAsync();
        using var handOver = await _harness.Authority.PostAsync($"/api/fallback/cases/{caseId}/hand-over", null);
        Assert.Equal(("fallback-in-person", "eds not-usable, email not-usable"), (inPerson.State(), inPerson.Attempts()));
        Assert.All(
            inPerson.GetProperty("attempts").EnumerateArray(),
            attempt => Assert.StartsWith("No customs control point is known for port 'LVSKU'", attempt.GetProperty("error").GetString(), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Conflict, summary.StatusCode);
        Assert.Equal("FB-WHERE", problem.GetProperty("errors")[0].GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.OK, handOver.StatusCode);
        Assert.Empty((await peers.ReceivedAsync(PeerNames.Eds)).EnumerateArray());
        Assert.Empty(await mail.Server.GetMessagesAsync());
    }

    [Fact]
    public async Task FallbackWorkflow_FB_REENTRY_InPersonCaseAfterRestoration_ReenteredAndSummaryGone()
    {
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server, signing: false);
        var portCallId = await _harness.CreatePortCallAsync();
        var outageId = await _harness.AnnounceOutageAsync();
        var fal4 = await FallbackHarness.FileAsync(_harness.AgentA, portCallId, "fal4", Api.Json(Samples.Fal4));
        var caseId = $"{fal4.GetProperty("documentId").GetString()}-v1";
        await peers.SetAvailableAsync(PeerNames.Eds, false);
        await _harness.RunTimerAsync();
        await _harness.RestoreAsync(outageId);

        await _harness.RunTimerAsync();

        var reentered = (await _harness.CasesAsync())[caseId];
        using var summary = await _harness.AgentA.GetAsync($"/api/fallback/cases/{caseId}/summary");
        var portCall = await _harness.AgentA.GetFromJsonElementAsync($"/api/port-calls/{portCallId}");
        Assert.Equal("re-entered", reentered.State());
        Assert.Equal(HttpStatusCode.Conflict, summary.StatusCode);
        Assert.Equal("re-entered", portCall.GetProperty("arrival").GetProperty("documents")[0].State());
        Assert.Equal(new Dictionary<string, int> { [caseId] = 1 }, await _harness.PortSystemRequestsAsync());
    }

    [Fact]
    public async Task FallbackWorkflow_FB_2_EMAIL_ControlPointEmailConfigured_SentToTheConfiguredAddress()
    {
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server, settings: new Dictionary<string, string?>
        {
            ["Ics2Port:Fallback:ControlPointEmails:LVVNT"] = "mkp.0311.test@vid.example",
        });
        var portCallId = await _harness.CreatePortCallAsync();
        await _harness.AnnounceOutageAsync();
        await FallbackHarness.FileAsync(_harness.AgentA, portCallId, "fal4", Api.Json(Samples.Fal4));
        await peers.SetAvailableAsync(PeerNames.Eds, false);

        await _harness.RunTimerAsync();

        var message = Assert.Single(await mail.Server.WaitForMessagesAsync(1, MailArrival));
        Assert.Equal(["mkp.0311.test@vid.example"], message.To);
    }
}
