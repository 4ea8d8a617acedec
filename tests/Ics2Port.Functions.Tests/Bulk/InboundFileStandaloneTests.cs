using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Ics2Port.Functions.Bulk;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Functions.Tests.Triggers;
using Ics2Port.Functions.Triggers.Standalone;
using Ics2Port.Storage.Layout;
using Ics2Port.Testing;
using Xunit.Abstractions;

namespace Ics2Port.Functions.Tests.Bulk;

/// <summary>
/// As <c>./run.sh</c> runs it: the standalone driver polls the inbound container every 200 ms, and files are
/// uploaded with an ordinary storage client, as an upload tool or SFTP would drop them.
/// </summary>
[Collection("azurite")]
public sealed class InboundFileStandaloneTests(AzuriteFixture azurite, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Agent = TestApp.AgentA;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private BulkApp _bulk = null!;

    public async Task InitializeAsync() => _bulk = await BulkApp.StartAsync(azurite, standalone: true);

    public async Task DisposeAsync() => await _bulk.DisposeAsync();

    [Fact]
    public async Task Upload_CrewListCsv_ReceiptWithinSeconds()
    {
        var portCallId = await _bulk.Agent.CreatePortCallAsync();
        var name = $"{Agent}/{portCallId}/arrival/fal5.csv";
        var started = Stopwatch.StartNew();

        var upload = await _bulk.UploadAsync(name, Encoding.UTF8.GetBytes(Samples.Fal5Csv(crew: 5)), "text/csv");

        var result = await _bulk.WaitForResultAsync(name, Deadline);
        output.WriteLine($"upload to result: {started.ElapsedMilliseconds} ms");
        var receipt = JsonDocument.Parse(result.Content.ToString()).RootElement;
        Assert.Equal(
            ("201", upload.ETag.ToString(), $"{portCallId}-arrival-fal5", 1, "accepted"),
            (result.Details.Metadata["status"], result.Details.Metadata["sourceEtag"], receipt.GetProperty("documentId").GetString(), receipt.GetProperty("version").GetInt32(), receipt.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task Upload_PassengerCsvWithBadCells_ProblemDetailsWithRowAndColumnPointers()
    {
        var portCallId = await _bulk.Agent.CreatePortCallAsync();
        var name = $"{Agent}/{portCallId}/arrival/fal6.csv";
        var csv = """
            familyName,givenNames,nationality,dateOfBirth,placeOfBirth,gender,identityDocument.type,identityDocument.number,identityDocument.issuingState,identityDocument.expiryDate,portOfEmbarkation,portOfDisembarkation,transit
            Kalnina,Liga,LV,1988-02-01,Riga,F,passport,LV998871,LV,2030-12-31,SEGOT,LVRIX,false
            Ozola,Ieva,LV,1990-05-06,Riga,F,passport,LV998872,LV,2030-12-31,SEGOT,LVRIX,maybe
            Berzins,Juris,XX,1979-07-08,Riga,M,passport,LV998873,LV,2030-12-31,SEGOT,LVRIX,false
            """;

        await _bulk.UploadAsync(name, Encoding.UTF8.GetBytes(csv));

        var problem = JsonDocument.Parse((await _bulk.WaitForResultAsync(name, Deadline)).Content.ToString()).RootElement;
        Assert.Equal(
            (400, "https://ics2port.dev/problems/malformed", "/rows/1/transit", "FORMAT-CSV"),
            (problem.GetProperty("status").GetInt32(), problem.GetProperty("type").GetString(),
             problem.GetProperty("errors")[0].GetProperty("pointer").GetString(), problem.GetProperty("errors")[0].GetProperty("rule").GetString()));
    }

    [Fact]
    public async Task Upload_FileForAnotherAgentsPortCall_Result404AndTheFileInQuarantine()
    {
        var portCallOfB = await _bulk.App.Client(TestApp.AgentBKey).CreatePortCallAsync();
        var name = $"{Agent}/{portCallOfB}/arrival/fal1.json";

        await _bulk.UploadAsync(name, Encoding.UTF8.GetBytes(Samples.Fal1()), "application/json");

        var result = await _bulk.WaitForResultAsync(name, Deadline);
        await Eventually.WaitUntilAsync(async () => !await ExistsAsync(_bulk, _bulk.Inbound, name), Deadline, "the file to leave inbound");
        Assert.Equal(
            ("404", Samples.Fal1(), true),
            (result.Details.Metadata["status"], (await _bulk.Blob(_bulk.Quarantine, name).DownloadIfExistsAsync())!.Content.ToString(), await ExistsAsync(_bulk, _bulk.Quarantine, name + ".error.json")));
    }

    [Fact]
    public async Task Upload_SameContentTwice_OneDocumentVersionAndBothVersionsAnswered()
    {
        var portCallId = await _bulk.Agent.CreatePortCallAsync();
        var name = $"{Agent}/{portCallId}/departure/fal3.json";
        await _bulk.UploadAsync(name, Encoding.UTF8.GetBytes(Samples.Fal3()));
        var first = await _bulk.WaitForResultAsync(name, Deadline);

        var again = await _bulk.UploadAsync(name, Encoding.UTF8.GetBytes(Samples.Fal3()));

        var second = await _bulk.WaitForResultAsync(name, Deadline, result => result.Details.Metadata["sourceEtag"] == again.ETag.ToString());
        var versions = await (await _bulk.Agent.GetAsync($"/api/port-calls/{portCallId}/departure/fal3/versions")).ReadJsonAsync();
        Assert.Equal(
            ("201", "200", first.Content.ToString(), 1),
            (first.Details.Metadata["status"], second.Details.Metadata["status"], second.Content.ToString(), versions.GetProperty("items").GetArrayLength()));
    }

    [Fact]
    public async Task Upload_WhileTheAppsStorageIsDown_QuarantinedWithItsErrorRecordAfterTheLastAttempt()
    {
        const int MaxAttempts = 3;
        var server = azurite.Server;
        await using var blobProxy = TcpFaultProxy.Start(server.BlobEndpoint.Port);
        await using var tableProxy = TcpFaultProxy.Start(server.TableEndpoint.Port);
        var throughProxy = $"DefaultEndpointsProtocol=http;AccountName={AzuriteServer.AccountName};AccountKey={AzuriteServer.AccountKey};"
            + $"BlobEndpoint=http://127.0.0.1:{blobProxy.Port}/{AzuriteServer.AccountName};TableEndpoint=http://127.0.0.1:{tableProxy.Port}/{AzuriteServer.AccountName};";
        await using var bulk = await BulkApp.StartAsync(azurite, standalone: true, MaxAttempts, appStorage: throughProxy, storageRetries: 0);
        var portCallId = await bulk.Agent.CreatePortCallAsync();
        var name = $"{Agent}/{portCallId}/arrival/fal1.json";
        blobProxy.Cut();
        tableProxy.Cut();
        var upload = await bulk.UploadAsync(name, Encoding.UTF8.GetBytes(Samples.Fal1()));
        var receiptKey = BlobReceiptStore.RowKey(bulk.Inbound, name, upload.ETag);
        await Eventually.WaitUntilAsync(
            async () => await azurite.Tables.GetTableClient(bulk.Receipts).FindAsync(InboundFileHandler.FunctionName, receiptKey) is { } row
                && row.GetInt32("Attempts") == MaxAttempts && row.GetString("Status") == "Failed",
            TimeSpan.FromSeconds(20),
            "every attempt and the first try at quarantine to fail");

        blobProxy.Resume();
        tableProxy.Resume();

        await Eventually.WaitUntilAsync(() => ExistsAsync(bulk, bulk.Quarantine, name + ".error.json"), Deadline, "the error record");
        var error = JsonDocument.Parse((await bulk.Blob(bulk.Quarantine, name + ".error.json").DownloadIfExistsAsync())!.Content.ToString()).RootElement;
        output.WriteLine(error.ToString());
        Assert.Equal(
            (Samples.Fal1(), false, false, "InboundFileUploaded", $"{bulk.Inbound}/{name}", upload.ETag.ToString(), MaxAttempts, true),
            ((await bulk.Blob(bulk.Quarantine, name).DownloadIfExistsAsync())!.Content.ToString(), await ExistsAsync(bulk, bulk.Inbound, name), await ExistsAsync(bulk, bulk.Results, name + ".result.json"),
             error.GetProperty("function").GetString(), error.GetProperty("source").GetString(), error.GetProperty("sourceEtag").GetString(),
             error.GetProperty("attempts").GetInt32(), Guid.TryParse(error.GetProperty("invocationId").GetString(), out _)));
        Assert.StartsWith($"Failed {MaxAttempts} times; last: InboundFileUploaded failed: ", error.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    private static async Task<bool> ExistsAsync(BulkApp bulk, string container, string name) =>
        await bulk.Blob(container, name).GetPropertiesIfExistsAsync() is not null;
}
