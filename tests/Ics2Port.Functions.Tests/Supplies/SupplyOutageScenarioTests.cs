namespace Ics2Port.Functions.Tests.Supplies;

using System.Net;
using System.Text;
using Ics2Port.Functions.Fallback.Channels;
using Ics2Port.Functions.Tests.Fallback;
using Ics2Port.Functions.Tests.Fallback.Channels;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.PeerSimulators;
using Ics2Port.Testing;
using Ics2Port.Testing.Peers.Smtp;

/// <summary>
/// Whole outages for ship supplies against real peers, as for documents. Seed 002's last section, "Dokumentu
/// iesniegšana muitas iestādei SKLOIS darbības pārtraukuma gadījumā" (SUP-IN-SYSTEM: the outage procedure applies):
/// EDS to the control point, "ja nedarbojas EDS" a securely e-signed e-mail to it, and "pēc SKLOIS darbības
/// atjaunošanas" what was filed the fallback way is entered in SKLOIS.
/// </summary>
[Collection("azurite")]
public sealed class SupplyOutageScenarioTests(AzuriteFixture azurite, PeerSimulatorFixture peers, MailDevFixture mail)
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
    public async Task FallbackWorkflow_SUP_IN_SYSTEM_EdsUp_LetterToControlPoint0311ThenReenteredAfterRestoration()
    {
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server);
        var portCallId = await _harness.CreatePortCallAsync();
        var outageId = await _harness.AnnounceOutageAsync();
        var receipt = await _harness.FileSupplyAsync(portCallId, Samples.Supply());
        var (supplyId, caseId) = (receipt.GetProperty("supplyId").GetString()!, SupplyOutages.CaseId(receipt));
        var whilePending = await _harness.SupplyStatesAsync(portCallId, supplyId);

        await _harness.RunTimerAsync();
        var duringOutage = (await _harness.CasesAsync())[caseId];
        var whileFallenBack = await _harness.SupplyStatesAsync(portCallId, supplyId);
        var letter = Assert.Single((await peers.ReceivedAsync(PeerNames.Eds)).EnumerateArray());
        await _harness.RestoreAsync(outageId);
        await _harness.RunTimerAsync();
        await _harness.RunTimerAsync();

        var afterRestoration = (await _harness.CasesAsync())[caseId];
        Assert.Equal("pending", receipt.State());
        Assert.Equal(("pending", "pending"), whilePending);
        Assert.Equal(("fallback-eds", "eds sent"), (duringOutage.State(), duringOutage.Attempts()));
        Assert.Equal(("fallback-eds", "fallback-eds"), whileFallenBack);
        Assert.Equal(("0311", 1), (letter.GetProperty("category").GetString(), letter.GetProperty("requests").GetInt32()));
        Assert.EndsWith($": Ship supply {supplyId} version 1", letter.GetProperty("subject").GetString(), StringComparison.Ordinal);
        var attachment = Assert.Single(letter.GetProperty("attachments").EnumerateArray());
        Assert.Equal(
            ($"supply-{supplyId}.json", receipt.GetProperty("sha256").GetString()),
            (attachment.GetProperty("fileName").GetString(), attachment.GetProperty("sha256").GetString()));
        Assert.Equal(letter.GetProperty("letterId").GetString(), duringOutage.GetProperty("attempts")[0].GetProperty("reference").GetString());
        Assert.Equal(("re-entered", "eds sent, re-entry delivered", outageId), (afterRestoration.State(), afterRestoration.Attempts(), afterRestoration.GetProperty("outageId").GetString()));
        Assert.Equal(("re-entered", "re-entered"), await _harness.SupplyStatesAsync(portCallId, supplyId));
        Assert.Equal(new Dictionary<string, int> { [caseId] = 1 }, await _harness.PortSystemRequestsAsync());
        Assert.Empty(await mail.Server.GetMessagesAsync());
    }

    [Fact]
    public async Task FallbackWorkflow_SUP_IN_SYSTEM_EdsDown_SignedEmailToVentspilsThenReenteredOnce()
    {
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server);
        var portCallId = await _harness.CreatePortCallAsync();
        var outageId = await _harness.AnnounceOutageAsync();
        await peers.SetAvailableAsync(PeerNames.PortSystem, false);
        var body = Samples.Supply();
        var receipt = await _harness.FileSupplyAsync(portCallId, body);
        var (supplyId, caseId) = (receipt.GetProperty("supplyId").GetString()!, SupplyOutages.CaseId(receipt));
        await peers.SetAvailableAsync(PeerNames.Eds, false);

        await _harness.RunTimerAsync();
        var message = Assert.Single(await mail.Server.WaitForMessagesAsync(1, MailArrival));
        var duringOutage = (await _harness.CasesAsync())[caseId];
        var whileFallenBack = await _harness.SupplyStatesAsync(portCallId, supplyId);
        await peers.SetAvailableAsync(PeerNames.PortSystem, true);
        await _harness.RestoreAsync(outageId);
        await _harness.RunTimerAsync();
        await _harness.RunTimerAsync();

        var afterRestoration = (await _harness.CasesAsync())[caseId];
        Assert.Equal("pending", receipt.State());
        Assert.Equal([FallbackHarness.VentspilsMailbox], message.To);
        Assert.Equal(FallbackHarness.Sender, message.From);
        Assert.EndsWith($": Ship supply {supplyId} version 1", message.Subject, StringComparison.Ordinal);
        var (document, signature) = (message.Attachments[0], message.Attachments[1]);
        Assert.Equal($"supply-{supplyId}.json", document.FileName);
        Assert.Equal(Encoding.UTF8.GetBytes(body), document.Content);
        Assert.Equal((document.FileName + ".p7s", DocumentSigner.SignatureContentType), (signature.FileName, signature.ContentType));
        Assert.True(DocumentSigner.Verify(document.Content, signature.Content), $"The signature of {document.FileName} does not verify.");
        Assert.Equal(SigningCertificates.Thumbprint, SigningCertificates.SignerOf(document.Content, signature.Content));
        Assert.Equal(("fallback-email", "eds unavailable, email sent"), (duringOutage.State(), duringOutage.Attempts()));
        Assert.Equal(duringOutage.GetProperty("attempts")[1].GetProperty("reference").GetString(), message.MessageId);
        Assert.Equal(("fallback-email", "fallback-email"), whileFallenBack);
        Assert.Equal(("re-entered", "eds unavailable, email sent, re-entry delivered"), (afterRestoration.State(), afterRestoration.Attempts()));
        Assert.Equal(("re-entered", "re-entered"), await _harness.SupplyStatesAsync(portCallId, supplyId));
        Assert.Equal(new Dictionary<string, int> { [caseId] = 1 }, await _harness.PortSystemRequestsAsync());
    }

    [Fact]
    public async Task ReviseSupply_SUP_IN_SYSTEM_Version2DuringAnOutage_ANewCaseBesideTheDeliveredVersion1()
    {
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server);
        var portCallId = await _harness.CreatePortCallAsync();
        var first = await _harness.FileSupplyAsync(portCallId, Samples.Supply());
        var supplyId = first.GetProperty("supplyId").GetString()!;
        var outageId = await _harness.AnnounceOutageAsync();

        var second = await _harness.ReviseSupplyAsync(portCallId, supplyId, Samples.Supply(declarationReference: "26LV000311EX004321"));
        await _harness.RunTimerAsync();
        var duringOutage = await _harness.CasesAsync();
        var whileFallenBack = await _harness.SupplyStatesAsync(portCallId, supplyId);
        await _harness.RestoreAsync(outageId);
        await _harness.RunTimerAsync();

        var afterRestoration = await _harness.CasesAsync();
        Assert.Equal(("delivered", 1, "pending", 2), (first.State(), first.GetProperty("version").GetInt32(), second.State(), second.GetProperty("version").GetInt32()));
        Assert.Equal([SupplyOutages.CaseId(second)], duringOutage.Keys);
        Assert.Equal($"{portCallId}-supply-{supplyId}-v2", SupplyOutages.CaseId(second));
        Assert.Equal("fallback-eds", duringOutage[SupplyOutages.CaseId(second)].State());
        Assert.Equal(("fallback-eds", "fallback-eds"), whileFallenBack);
        Assert.Equal("re-entered", afterRestoration[SupplyOutages.CaseId(second)].State());
        Assert.Equal(("re-entered", "re-entered"), await _harness.SupplyStatesAsync(portCallId, supplyId));
        Assert.Equal(
            new Dictionary<string, int> { [SupplyOutages.CaseId(first)] = 1, [SupplyOutages.CaseId(second)] = 1 },
            await _harness.PortSystemRequestsAsync());
    }

    [Fact]
    public async Task FallbackWorkflow_SUP_IN_SYSTEM_NoCertificateEdsDown_SupplierPrintsTheSheetAuthorityConfirmsThenReentered()
    {
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server, signing: false);
        var portCallId = await _harness.CreatePortCallAsync();
        var outageId = await _harness.AnnounceOutageAsync();
        var receipt = await _harness.FileSupplyAsync(portCallId, Samples.Supply());
        var (supplyId, caseId) = (receipt.GetProperty("supplyId").GetString()!, SupplyOutages.CaseId(receipt));
        await peers.SetAvailableAsync(PeerNames.Eds, false);

        await _harness.RunTimerAsync();
        var inPerson = await _harness.Supplier.GetFromJsonElementAsync($"/api/fallback/cases/{caseId}");
        using var summary = await _harness.Supplier.GetAsync($"/api/fallback/cases/{caseId}/summary");
        var text = await summary.Content.ReadAsStringAsync();
        using var otherSupplier = await _harness.App.Client(TestApp.SupplierBKey).GetAsync($"/api/fallback/cases/{caseId}/summary");
        using var agent = await _harness.AgentA.GetAsync($"/api/fallback/cases/{caseId}");
        var whileInPerson = await _harness.SupplyStatesAsync(portCallId, supplyId);
        using var handOver = await _harness.Authority.PostAsync($"/api/fallback/cases/{caseId}/hand-over", Api.Json("""{ "receivedBy": "Inspector Ozola, MKP 0311" }"""));
        await _harness.RestoreAsync(outageId);
        await _harness.RunTimerAsync();

        Assert.Equal(("fallback-in-person", "eds unavailable, email not-usable"), (inPerson.State(), inPerson.Attempts()));
        Assert.Equal(($"/api/fallback/cases/{caseId}/summary", "supply", supplyId), (inPerson.GetProperty("summary").GetString(), inPerson.GetProperty("direction").GetString(), inPerson.GetProperty("type").GetString()));
        Assert.Equal((HttpStatusCode.OK, "text/plain"), (summary.StatusCode, summary.MediaType()!.MediaType));
        Assert.Contains("Customs control point: 0311 Ventspils port MKP", text, StringComparison.Ordinal);
        Assert.Contains($"Ship supply ({supplyId}), version 1", text, StringComparison.Ordinal);
        Assert.Contains(receipt.GetProperty("sha256").GetString()!, text, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (otherSupplier.StatusCode, agent.StatusCode));
        Assert.Equal(("fallback-in-person", "fallback-in-person"), whileInPerson);
        Assert.Equal(HttpStatusCode.OK, handOver.StatusCode);
        Assert.Equal(("re-entered", "re-entered"), await _harness.SupplyStatesAsync(portCallId, supplyId));
        Assert.Equal("eds unavailable, email not-usable, in-person confirmed, re-entry delivered", (await _harness.CasesAsync())[caseId].Attempts());
        Assert.Equal(new Dictionary<string, int> { [caseId] = 1 }, await _harness.PortSystemRequestsAsync());
        Assert.Empty(await mail.Server.GetMessagesAsync());
    }
}
