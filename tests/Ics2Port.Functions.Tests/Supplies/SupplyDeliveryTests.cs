namespace Ics2Port.Functions.Tests.Supplies;

using System.Text;
using System.Text.Json;
using Ics2Port.Functions.Bulk;
using Ics2Port.Functions.Tests.Fallback;
using Ics2Port.Functions.Tests.Fallback.Channels;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.PeerSimulators;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Filings;
using Ics2Port.Storage.Layout;
using Ics2Port.Storage.Supplies;
using Ics2Port.Testing;
using Ics2Port.Testing.Peers.Smtp;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Ship supplies go to the port system as documents do (SUP-IN-SYSTEM). Seed 002: "Kuģu apgāde tiek noformēta
/// Starptautiskajā kravu loģistikas un ostu informācijas sistēmā (SKLOIS)" (Regulation 503, chapters II and III), and
/// its last section, "Dokumentu iesniegšana muitas iestādei SKLOIS darbības pārtraukuma gadījumā", is the outage
/// procedure that applies to them as to every document.
/// </summary>
[Collection("azurite")]
public sealed class SupplyDeliveryTests(AzuriteFixture azurite, PeerSimulatorFixture peers, MailDevFixture mail)
    : IClassFixture<PeerSimulatorFixture>, IClassFixture<MailDevFixture>, IAsyncLifetime
{
    private FallbackHarness _harness = null!;

    public async Task InitializeAsync() =>
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server, settings: new Dictionary<string, string?>
        {
            ["Ics2Port:Fallback:AcceptedGracePeriod"] = "00:00:00",
        });

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task FileSupply_SUP_IN_SYSTEM_PortSystemUp_DeliveredOnceWithItsBytes()
    {
        var portCallId = await _harness.CreatePortCallAsync();
        var body = Samples.Supply();

        var receipt = await _harness.FileSupplyAsync(portCallId, body);

        var supplyId = receipt.GetProperty("supplyId").GetString()!;
        var received = Assert.Single((await peers.ReceivedAsync(PeerNames.PortSystem)).EnumerateArray());
        Assert.Equal("delivered", receipt.State());
        Assert.Equal(("delivered", "delivered"), await _harness.SupplyStatesAsync(portCallId, supplyId));
        Assert.Equal(
            ($"{portCallId}-supply-{supplyId}", 1, receipt.GetProperty("sha256").GetString(), portCallId, "supply", "application/json", 1),
            (received.GetProperty("documentId").GetString(), received.GetProperty("version").GetInt32(), received.GetProperty("sha256").GetString(),
             received.GetProperty("portCallId").GetString(), received.GetProperty("documentType").GetString(), received.GetProperty("contentType").GetString(),
             received.GetProperty("requests").GetInt32()));
        Assert.Equal(JsonValueKind.Null, received.GetProperty("direction").ValueKind);
        Assert.Equal(Encoding.UTF8.GetBytes(body), await PortSystemBytesAsync($"{portCallId}-supply-{supplyId}", 1));
        Assert.Empty(await _harness.CasesAsync());
    }

    [Fact]
    public async Task FileSupply_SUP_IN_SYSTEM_AnnouncedOutage_PendingAndNothingSent()
    {
        var portCallId = await _harness.CreatePortCallAsync();
        await _harness.AnnounceOutageAsync();

        var receipt = await _harness.FileSupplyAsync(portCallId, Samples.Supply());

        var supplyId = receipt.GetProperty("supplyId").GetString()!;
        var fallbackCase = Assert.Single(await _harness.CasesAsync()).Value;
        Assert.Equal("pending", receipt.State());
        Assert.Equal(("pending", "pending"), await _harness.SupplyStatesAsync(portCallId, supplyId));
        Assert.Equal((SupplyOutages.CaseId(receipt), "pending"), (fallbackCase.GetProperty("caseId").GetString(), fallbackCase.State()));
        Assert.Empty(await _harness.PortSystemRequestsAsync());
    }

    [Fact]
    public async Task FallbackWorkflow_SupplyOnItsWayButNeverDelivered_DeliveredByTheTimerOnce()
    {
        var portCallId = await _harness.CreatePortCallAsync();
        // As a filing whose process died right after putting the supply on its way: stored, 'accepted', never sent.
        var stored = await CommitSupplyAsync(portCallId, "sp-abcdefghij", Samples.Supply());
        var content = await _harness.App.Services.GetRequiredService<SupplyStore>().ReadContentAsync(stored);
        await _harness.App.Services.GetRequiredService<FilingOutbox>().PutAsync(
            new DocumentSubmission
            {
                AgentId = stored.AgentId,
                PortCallId = portCallId,
                Direction = FilingKinds.Supply,
                Type = stored.Type,
                Content = content,
                ContentType = stored.ContentType,
                Extension = "json",
                Sha256 = stored.Sha256,
                ReceivedAt = stored.ReceivedAt,
            },
            stored.Version);
        var beforeTimer = await _harness.SupplyStatesAsync(portCallId, "sp-abcdefghij");

        await _harness.RunTimerAsync();
        await _harness.RunTimerAsync();

        Assert.Equal(("accepted", "accepted"), beforeTimer);
        Assert.Equal(("delivered", "delivered"), await _harness.SupplyStatesAsync(portCallId, "sp-abcdefghij"));
        Assert.Equal(new Dictionary<string, int> { [$"{portCallId}-supply-sp-abcdefghij-v1"] = 1 }, await _harness.PortSystemRequestsAsync());
    }

    [Fact]
    public async Task GetSupply_StoredButNeverPutOnItsWay_SentWhenReadOnce()
    {
        var portCallId = await _harness.CreatePortCallAsync();
        // As a filing whose process died between storing the supply and sending it.
        await CommitSupplyAsync(portCallId, "sp-abcdefghij", Samples.Supply());
        var beforeRead = await _harness.PortSystemRequestsAsync();

        var states = await _harness.SupplyStatesAsync(portCallId, "sp-abcdefghij");

        Assert.Empty(beforeRead);
        Assert.Equal(("delivered", "delivered"), states);
        Assert.Equal(new Dictionary<string, int> { [$"{portCallId}-supply-sp-abcdefghij-v1"] = 1 }, await _harness.PortSystemRequestsAsync());
    }

    [Fact]
    public async Task InboundSupplyFile_SUP_IN_SYSTEM_AnnouncedOutage_ResultSaysPendingThenTheTimerSendsItByEds()
    {
        var portCallId = await _harness.CreatePortCallAsync();
        await _harness.AnnounceOutageAsync();
        var name = $"suppliers/{TestApp.SupplierA}/{portCallId}/supplies/delivery-note-2611.json";
        var layout = _harness.App.Services.GetRequiredService<StorageLayout>();
        await layout.Blobs.GetBlobContainerClient(layout.InboundContainer).GetBlobClient(name).UploadAsync(BinaryData.FromString(Samples.Supply()));

        var invoked = await _harness.App.RunFunctionAsync(InboundFileUploadedFunction.Name, $"{layout.InboundContainer}/{name}");
        await _harness.RunTimerAsync();

        var result = (await layout.Blobs.GetBlobContainerClient(layout.ResultsContainer).GetBlobClient(BulkContainers.ResultName(name)).DownloadContentAsync()).Value;
        var receipt = JsonDocument.Parse(result.Content.ToString()).RootElement;
        var supplyId = receipt.GetProperty("supplyId").GetString()!;
        Assert.Equal((true, "201", "pending"), (invoked.Succeeded, result.Details.Metadata["status"], receipt.State()));
        Assert.Equal(("fallback-eds", "fallback-eds"), await _harness.SupplyStatesAsync(portCallId, supplyId));
        Assert.Equal("fallback-eds", (await _harness.CasesAsync())[SupplyOutages.CaseId(receipt)].State());
    }

    private async Task<DocumentVersion> CommitSupplyAsync(string portCallId, string supplyId, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var commit = await _harness.App.Services.GetRequiredService<SupplyStore>().CommitAsync(new DocumentSubmission
        {
            AgentId = TestApp.SupplierA,
            PortCallId = portCallId,
            Direction = SupplyStore.Supply,
            Type = supplyId,
            Content = BinaryData.FromBytes(bytes),
            ContentType = "application/json",
            Extension = "json",
            Sha256 = TestApp.Sha256(body),
            ReceivedAt = DateTimeOffset.UtcNow,
        });
        return commit.Version!;
    }

    private async Task<byte[]> PortSystemBytesAsync(string documentId, int version)
    {
        using var portSystem = new HttpClient { BaseAddress = peers.Host.BaseUrl };
        return await portSystem.GetByteArrayAsync($"{PeerNames.PortSystem}/documents/{documentId}/versions/{version}");
    }
}
