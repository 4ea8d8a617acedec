namespace Ics2Port.Functions.Tests.Fallback.Workflow;

using Ics2Port.Functions.Tests.Fallback.Channels;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Layout;
using Ics2Port.Testing;
using Ics2Port.Testing.Peers.Smtp;
using Microsoft.Extensions.DependencyInjection;

/// <summary>One timer run takes each open case on its own: a case that throws is reported and the others go on.</summary>
[Collection("azurite")]
public sealed class FallbackRunIsolationTests(AzuriteFixture azurite, PeerSimulatorFixture peers, MailDevFixture mail)
    : IClassFixture<PeerSimulatorFixture>, IClassFixture<MailDevFixture>, IAsyncLifetime
{
    private FallbackHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server);

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task RunTimer_OneOfThreeCasesFails_TheOtherTwoGetTheirLettersInTheSameRunAndTheFailedOneNextRun()
    {
        var portCallId = await _harness.CreatePortCallAsync();
        await _harness.AnnounceOutageAsync();
        var caseIds = new List<string>();
        foreach (var (type, content, _) in FallbackHarness.ArrivalDocuments())
        {
            // FAL 4 larger than a version row holds, so that its body is a blob of its own.
            var receipt = await FallbackHarness.FileAsync(_harness.AgentA, portCallId, type, type == "fal4" ? Api.Json(LargeFal4()) : content());
            caseIds.Add($"{receipt.GetProperty("documentId").GetString()}-v1");
        }

        // The body of the second document vanishes (a fault in that one case only): reading it for the letter throws.
        var store = _harness.App.Services.GetRequiredService<DocumentStore>();
        var broken = (await store.GetVersionAsync(portCallId, "arrival", "fal4", 1))!;
        var bodies = _harness.App.Services.GetRequiredService<StorageLayout>().Blobs.GetBlobContainerClient(_harness.App.Services.GetRequiredService<StorageLayout>().DocumentsContainer);
        var body = (await bodies.GetBlobClient(broken.BlobName).DownloadContentAsync()).Value.Content;
        await bodies.GetBlobClient(broken.BlobName).DeleteAsync();

        var firstRun = await _harness.RunTimerAsync();
        var afterFirst = await _harness.CasesAsync();
        await bodies.GetBlobClient(broken.BlobName).UploadAsync(body);
        await _harness.RunTimerAsync();
        var afterSecond = await _harness.CasesAsync();

        Assert.Equal(
            ["fallback-eds", "pending", "fallback-eds"],
            caseIds.Select(id => afterFirst[id].State()));
        Assert.Contains(firstRun, line => line.StartsWith($"Case {caseIds[1]} failed in this run", StringComparison.Ordinal));
        Assert.Contains("failed 1", firstRun[^1], StringComparison.Ordinal);
        Assert.All(caseIds, id => Assert.Equal("fallback-eds", afterSecond[id].State()));
    }

    private static string LargeFal4()
    {
        var entry = """{ "familyName": "Ozols", "givenNames": "Janis", "rankOrRating": "AB", "effects": [ { "description": "Camera", "quantity": 1 } ] }""";
        return $$"""{ "entries": [ {{string.Join(", ", Enumerable.Repeat(entry, 3000))}} ] }""";
    }
}
