using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using Ics2Port.Domain.Reading;
using Ics2Port.Functions.Bulk;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Storage.Layout;
using Ics2Port.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ics2Port.Functions.Tests.Bulk;

/// <summary>
/// <c>InboundFileUploaded</c> run once for a real blob, as the host runs it: the result file must hold exactly what the
/// equivalent HTTP request answers.
/// </summary>
public sealed class InboundFileHandlerTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private const string Agent = TestApp.AgentA;
    private BulkApp _bulk = null!;

    public async Task InitializeAsync() => _bulk = await BulkApp.StartAsync(azurite, triggers: false);

    public async Task DisposeAsync() => await _bulk.DisposeAsync();

    [Fact]
    public async Task Invoke_CrewListCsv_ResultIsTheHttpAnswerByteForByte()
    {
        var portCallId = await _bulk.Agent.CreatePortCallAsync();
        var name = $"{Agent}/{portCallId}/arrival/fal5.csv";
        var csv = Samples.Fal5Csv(crew: 3);
        var upload = await _bulk.UploadAsync(name, Encoding.UTF8.GetBytes(csv));

        var invoked = await _bulk.InvokeAsync(name);

        var result = await _bulk.ResultAsync(name);
        using var http = await _bulk.Agent.PutDocumentAsync(portCallId, "arrival", "fal5", Content(csv, "text/csv"));
        Assert.Equal(
            (true, "201", upload.ETag.ToString(), HttpStatusCode.OK, await http.Content.ReadAsStringAsync(), http.MediaType()!.ToString()),
            (invoked.Succeeded, result!.Metadata["status"], result.Metadata["sourceEtag"], http.StatusCode, result.Content.ToString(), result.ContentType));
    }

    [Fact]
    public async Task Invoke_CsvWithBadCells_ResultIsTheHttpProblemWithRowPointers()
    {
        var portCallId = await _bulk.Agent.CreatePortCallAsync();
        var name = $"{Agent}/{portCallId}/arrival/fal5.csv";
        var csv = Samples.Fal5Csv(crew: 3).Replace(",F,passport,LV7654322", ",Q,passport,LV7654322", StringComparison.Ordinal).Replace("1975-04-12", "1975-13-12", StringComparison.Ordinal);
        await _bulk.UploadAsync(name, Encoding.UTF8.GetBytes(csv));

        var invoked = await _bulk.InvokeAsync(name);

        var result = await _bulk.ResultAsync(name);
        using var http = await _bulk.Agent.PutDocumentAsync(portCallId, "arrival", "fal5", Content(csv, "text/csv"));
        var problem = JsonDocument.Parse(result!.Content.ToString()).RootElement;
        Assert.Equal(
            (true, await http.Content.ReadAsStringAsync(), "application/problem+json", ((int)http.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (invoked.Succeeded, result.Content.ToString(), result.ContentType, result.Metadata["status"]));
        Assert.Equal(["/rows/0/dateOfBirth", "/rows/2/gender"], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("pointer").GetString()).Order());
    }

    [Fact]
    public async Task Invoke_SameVersionTwice_OneDocumentVersionAndTheResultUntouched()
    {
        var portCallId = await _bulk.Agent.CreatePortCallAsync();
        var name = $"{Agent}/{portCallId}/arrival/fal1.json";
        await _bulk.UploadAsync(name, Encoding.UTF8.GetBytes(Samples.Fal1()));
        var first = await _bulk.InvokeAsync(name);
        var firstResult = await _bulk.ResultAsync(name);

        var second = await _bulk.InvokeAsync(name);

        var versions = await (await _bulk.Agent.GetAsync($"/api/port-calls/{portCallId}/arrival/fal1/versions")).ReadJsonAsync();
        Assert.Equal(
            (true, 1, firstResult!.ETag),
            (second.Succeeded, versions.GetProperty("items").GetArrayLength(), (await _bulk.ResultAsync(name))!.ETag));
    }

    [Fact]
    public async Task Invoke_FileForAnotherAgentsPortCall_Result404AndTheFileQuarantinedWithItsErrorRecord()
    {
        var otherAgent = _bulk.App.Client(TestApp.AgentBKey);
        var portCallOfB = await otherAgent.CreatePortCallAsync();
        var name = $"{Agent}/{portCallOfB}/arrival/fal1.json";
        var upload = await _bulk.UploadAsync(name, Encoding.UTF8.GetBytes(Samples.Fal1()), "application/json");

        var invoked = await _bulk.InvokeAsync(name);

        var result = await _bulk.ResultAsync(name);
        using var http = await _bulk.Agent.PutDocumentAsync(portCallOfB, "arrival", "fal1", Api.Json(Samples.Fal1()));
        var quarantined = await _bulk.GetAsync(_bulk.Quarantine, name);
        var error = JsonDocument.Parse((await _bulk.GetAsync(_bulk.Quarantine, name + ".error.json"))!.Content.ToString()).RootElement;
        Assert.Equal(
            (true, "404", await http.Content.ReadAsStringAsync(), Samples.Fal1(), "application/json", $"{BulkApp.Inbound}/{name}", upload.ETag.ToString(), invoked.InvocationId, 1, 404, false),
            (invoked.Succeeded, result!.Metadata["status"], result.Content.ToString(), quarantined!.Content.ToString(), quarantined.ContentType,
             error.GetProperty("source").GetString(), error.GetProperty("sourceEtag").GetString(), error.GetProperty("invocationId").GetString(),
             error.GetProperty("attempts").GetInt32(), error.GetProperty("status").GetInt32(), await ExistsAsync(BulkApp.Inbound, name)));
        Assert.Contains($"There is no port call '{portCallOfB}'", error.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{0}/{1}/fal1.json")]
    [InlineData("ag-lower-case/{1}/arrival/fal1.json")]
    [InlineData("{0}/{1}/arrival/fal1.txt")]
    [InlineData("{0}/{1}/arrival/extra/fal1.json")]
    public async Task Invoke_PathThatFitsNowhere_Result404NamingTheLayoutAndTheFileQuarantined(string pattern)
    {
        var portCallId = await _bulk.Agent.CreatePortCallAsync();
        var name = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, Agent, portCallId);
        await _bulk.UploadAsync(name, Encoding.UTF8.GetBytes(Samples.Fal1()));

        var invoked = await _bulk.InvokeAsync(name);

        var problem = JsonDocument.Parse((await _bulk.ResultAsync(name))!.Content.ToString()).RootElement;
        Assert.Equal(
            (true, "https://ics2port.dev/problems/not-found", 404, false, true),
            (invoked.Succeeded, problem.GetProperty("type").GetString(), problem.GetProperty("status").GetInt32(),
             await ExistsAsync(BulkApp.Inbound, name), await ExistsAsync(_bulk.Quarantine, name + ".error.json")));
        Assert.Contains("{agentId}/{portCallId}/{arrival|departure}/{type}.{json|csv|xlsx}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_ResultOf404WrittenButFileNotYetMoved_FinishesTheMoveAndKeepsTheResult()
    {
        var name = $"{Agent}/pc-nowhere/arrival/fal1.json";
        var upload = await _bulk.UploadAsync(name, Encoding.UTF8.GetBytes(Samples.Fal1()));
        var results = _bulk.Blobs.GetBlobContainerClient(_bulk.Results);
        await results.CreateIfNotExistsAsync();
        var written = (await results.GetBlobClient(name + ".result.json").UploadAsync(BinaryData.FromString("{}"), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/problem+json" },
            Metadata = new Dictionary<string, string> { ["status"] = "404", ["sourceEtag"] = upload.ETag.ToString() },
        })).Value;

        var invoked = await _bulk.InvokeAsync(name);

        Assert.Equal(
            (true, BlobETags.Unquoted(written.ETag), false, true),
            (invoked.Succeeded, (await _bulk.ResultAsync(name))!.ETag, await ExistsAsync(BulkApp.Inbound, name), await ExistsAsync(_bulk.Quarantine, name)));
    }

    [Fact]
    public async Task Invoke_DirectoryOfAnSftpAccount_NoResultAndNothingMoved()
    {
        var name = $"{Agent}/pc-folder";
        await _bulk.Blobs.GetBlobContainerClient(BulkApp.Inbound).GetBlobClient(name).UploadAsync(
            BinaryData.Empty, new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["hdi_isfolder"] = "true" } });

        var invoked = await _bulk.InvokeAsync(name);

        Assert.Equal(
            (true, false, true, false),
            (invoked.Succeeded, await ExistsAsync(_bulk.Results, name + ".result.json"), await ExistsAsync(BulkApp.Inbound, name), await ExistsAsync(_bulk.Quarantine, name)));
    }

    [Fact]
    public async Task Invoke_JsonTypeAsCsvFile_Result415AndTheFileStaysWhereItIs()
    {
        var portCallId = await _bulk.Agent.CreatePortCallAsync();
        var name = $"{Agent}/{portCallId}/arrival/fal1.csv";
        await _bulk.UploadAsync(name, Encoding.UTF8.GetBytes(Samples.Fal5Csv()));

        var invoked = await _bulk.InvokeAsync(name);

        var result = await _bulk.ResultAsync(name);
        using var http = await _bulk.Agent.PutDocumentAsync(portCallId, "arrival", "fal1", Content(Samples.Fal5Csv(), "text/csv"));
        Assert.Equal(
            (true, "415", await http.Content.ReadAsStringAsync(), true, false),
            (invoked.Succeeded, result!.Metadata["status"], result.Content.ToString(), await ExistsAsync(BulkApp.Inbound, name), await ExistsAsync(_bulk.Quarantine, name)));
    }

    [Fact]
    public async Task Invoke_PermitFileFiredAgain_TheSamePermitAndNoSecond()
    {
        var portCallId = await _bulk.Agent.CreatePortCallAsync();
        var name = $"{Agent}/{portCallId}/permits/unloading-berth-12.json";
        await _bulk.UploadAsync(name, Encoding.UTF8.GetBytes(Samples.Permit()));
        var first = await _bulk.InvokeAsync(name);
        var firstReceipt = JsonDocument.Parse((await _bulk.ResultAsync(name))!.Content.ToString()).RootElement;
        await _bulk.Blobs.GetBlobContainerClient(_bulk.Results).DeleteBlobAsync(name + ".result.json");

        var again = await _bulk.InvokeAsync(name);

        var secondReceipt = JsonDocument.Parse((await _bulk.ResultAsync(name))!.Content.ToString()).RootElement;
        using var http = await _bulk.Agent.PostAsync($"/api/port-calls/{portCallId}/permits", Api.Json(Samples.Permit()));
        var httpReceipt = await http.ReadJsonAsync();
        Assert.Equal(
            (true, firstReceipt.GetProperty("permitId").GetString(), firstReceipt.GetProperty("receivedAt").GetString()),
            (again.Succeeded, secondReceipt.GetProperty("permitId").GetString(), secondReceipt.GetProperty("receivedAt").GetString()));
        Assert.Equal(WithoutIds(httpReceipt), WithoutIds(firstReceipt));
    }

    [Fact]
    public async Task Invoke_SupplyFile_FiledForTheSupplierItsPathNamesAndFiredAgainTheSameSupply()
    {
        var portCallId = await _bulk.Agent.CreatePortCallAsync();
        var name = $"suppliers/{TestApp.SupplierA}/{portCallId}/supplies/delivery-note-2611.json";
        await _bulk.UploadAsync(name, Encoding.UTF8.GetBytes(Samples.Supply()));
        var first = await _bulk.InvokeAsync(name);
        var firstResult = await _bulk.ResultAsync(name);
        var firstReceipt = JsonDocument.Parse(firstResult!.Content.ToString()).RootElement;
        await _bulk.Blobs.GetBlobContainerClient(_bulk.Results).DeleteBlobAsync(name + ".result.json");

        var again = await _bulk.InvokeAsync(name);

        var secondReceipt = JsonDocument.Parse((await _bulk.ResultAsync(name))!.Content.ToString()).RootElement;
        Assert.Equal((true, true, "201"), (first.Succeeded, again.Succeeded, firstResult.Metadata["status"]));
        Assert.Equal(TestApp.SupplierA, firstReceipt.GetProperty("supplierId").GetString());
        Assert.Equal(firstReceipt.GetProperty("supplyId").GetString(), secondReceipt.GetProperty("supplyId").GetString());
        Assert.Equal("EX", firstReceipt.GetProperty("requirements").GetProperty("declarationType").GetString());
        using var http = await _bulk.App.Client(TestApp.SupplierAKey).GetAsync($"/api/port-calls/{portCallId}/supplies/{firstReceipt.GetProperty("supplyId").GetString()}");
        Assert.Equal(HttpStatusCode.OK, http.StatusCode);
    }

    [Fact]
    public async Task Invoke_InvalidSupplyFile_ResultIsTheHttpProblem()
    {
        var portCallId = await _bulk.Agent.CreatePortCallAsync();
        var body = Samples.Supply().Replace("\"QS\"", "\"QX\"", StringComparison.Ordinal);
        var name = $"suppliers/{TestApp.SupplierA}/{portCallId}/supplies/bad.json";
        await _bulk.UploadAsync(name, Encoding.UTF8.GetBytes(body));

        var invoked = await _bulk.InvokeAsync(name);

        var result = await _bulk.ResultAsync(name);
        using var http = await _bulk.App.Client(TestApp.SupplierAKey).PostAsync($"/api/port-calls/{portCallId}/supplies", Api.Json(body));
        Assert.Equal(
            (true, "422", await http.Content.ReadAsStringAsync()),
            (invoked.Succeeded, result!.Metadata["status"], result.Content.ToString()));
    }

    [Fact]
    public async Task Invoke_ManifestAsXlsx_AcceptedAndTheHttpPutOfTheSameWorkbookIsTheSameReceipt()
    {
        var portCallId = await _bulk.Agent.CreatePortCallAsync();
        var name = $"{Agent}/{portCallId}/arrival/manifest.xlsx";
        var workbook = Workbook.FromRows(ManifestRows.Table(rows: 45));
        await _bulk.UploadAsync(name, workbook);

        var invoked = await _bulk.InvokeAsync(name);

        var result = await _bulk.ResultAsync(name);
        using var http = await _bulk.Agent.PutDocumentAsync(portCallId, "arrival", "manifest", Content(workbook, DocumentFormats.XlsxMediaType));
        var receipt = JsonDocument.Parse(result!.Content.ToString()).RootElement;
        Assert.Equal(
            (true, "201", HttpStatusCode.OK, await http.Content.ReadAsStringAsync(), 1),
            (invoked.Succeeded, result.Metadata["status"], http.StatusCode, result.Content.ToString(), receipt.GetProperty("version").GetInt32()));
    }

    [Theory]
    [InlineData("fal5")]
    [InlineData("fal6")]
    public async Task Invoke_CrewOrPassengerListAsXlsx_AcceptedAsTheHttpPutOfTheSameWorkbook(string type)
    {
        var portCallId = await _bulk.Agent.CreatePortCallAsync();
        var name = $"{Agent}/{portCallId}/arrival/{type}.xlsx";
        var workbook = Workbook.FromRows(Rows(type == "fal5" ? Samples.Fal5Csv(crew: 3) : Samples.Fal6Csv(passengers: 3)));
        await _bulk.UploadAsync(name, workbook);

        var invoked = await _bulk.InvokeAsync(name);

        var result = await _bulk.ResultAsync(name);
        using var http = await _bulk.Agent.PutDocumentAsync(portCallId, "arrival", type, Content(workbook, DocumentFormats.XlsxMediaType));
        Assert.Equal(
            (true, "201", HttpStatusCode.OK, await http.Content.ReadAsStringAsync()),
            (invoked.Succeeded, result!.Metadata["status"], http.StatusCode, result.Content.ToString()));
    }

    [Theory]
    [InlineData("fal5")]
    [InlineData("fal6")]
    public async Task Invoke_CrewOrPassengerListAsXlsxWithABadCell_Result422PointingAtItsRowAndColumn(string type)
    {
        var portCallId = await _bulk.Agent.CreatePortCallAsync();
        var name = $"{Agent}/{portCallId}/arrival/{type}.xlsx";
        var csv = type == "fal5"
            ? Samples.Fal5Csv(crew: 3).Replace("Berzina1,Anna,LV,", "Berzina1,Anna,Latvia,", StringComparison.Ordinal)
            : Samples.Fal6Csv(passengers: 3, secondNationality: "Latvia");
        await _bulk.UploadAsync(name, Workbook.FromRows(Rows(csv)));

        var invoked = await _bulk.InvokeAsync(name);

        var result = await _bulk.ResultAsync(name);
        var error = Assert.Single(JsonDocument.Parse(result!.Content.ToString()).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(
            (true, "422", "/rows/1/nationality", "FORMAT-COUNTRY"),
            (invoked.Succeeded, result.Metadata["status"], error.GetProperty("pointer").GetString(), error.GetProperty("rule").GetString()));
    }

    [Fact]
    public async Task Invoke_FileOverMaxBodyBytes_Result413AsTheHttpAnswer()
    {
        await using var small = await BulkApp.StartAsync(azurite, triggers: false, maxBodyBytes: 1000);
        var portCallId = await small.Agent.CreatePortCallAsync();
        var name = $"{Agent}/{portCallId}/arrival/fal5.csv";
        var csv = Samples.Fal5Csv(crew: 40);
        await small.UploadAsync(name, Encoding.UTF8.GetBytes(csv));

        var invoked = await small.InvokeAsync(name);

        var result = await small.ResultAsync(name);
        using var http = await small.Agent.PutDocumentAsync(portCallId, "arrival", "fal5", Content(csv, "text/csv"));
        Assert.Equal(
            (true, "413", HttpStatusCode.RequestEntityTooLarge, await http.Content.ReadAsStringAsync()),
            (invoked.Succeeded, result!.Metadata["status"], http.StatusCode, result.Content.ToString()));
    }

    // The media type exactly as the file's extension stands for it (StringContent would add a charset).
    [Fact]
    public async Task Invoke_NameWithADotDotSegment_TheFileItWouldAddressUntouchedAndTheReasonRecorded()
    {
        var portCallId = await _bulk.Agent.CreatePortCallAsync();
        var victim = $"{Agent}/{portCallId}/arrival/fal1.json";
        await _bulk.UploadAsync(victim, Encoding.UTF8.GetBytes(Samples.Fal1()));
        var hostile = $"{TestApp.AgentB}/../{victim}";

        // The name as a listing or an event carries it, not as a storage client would resolve it.
        await _bulk.App.Services.GetRequiredService<InboundFileHandler>()
            .HandleAsync(new TriggeredBlob(InboundFileUploadedFunction.Name, BulkApp.Inbound, hostile, "invocation-1"), CancellationToken.None);

        var record = JsonDocument.Parse((await _bulk.GetAsync(_bulk.Quarantine, InboundFileNames.QuarantineName(hostile) + ".error.json"))!.Content.ToString()).RootElement;
        Assert.Equal(
            (true, false, $"inbound/{hostile}"),
            (await ExistsAsync(BulkApp.Inbound, victim), await ExistsAsync(_bulk.Quarantine, victim), record.GetProperty("source").GetString()));
        Assert.Contains("'..' segment", record.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Null(await _bulk.ResultAsync(victim));
    }

    [Fact]
    public async Task Invoke_NameWithACharacterXmlCannotCarry_MovedToQuarantineWithItsReasonAndNoResult()
    {
        var portCallId = await _bulk.Agent.CreatePortCallAsync();
        var hostile = $"{Agent}/{portCallId}/arrival/fal5\u0007.csv";
        await _bulk.UploadAsync(hostile, Encoding.UTF8.GetBytes(Samples.Fal5Csv()));

        var invoked = await _bulk.InvokeAsync(hostile);

        var quarantined = InboundFileNames.QuarantineName(hostile);
        var record = JsonDocument.Parse((await _bulk.GetAsync(_bulk.Quarantine, quarantined + ".error.json"))!.Content.ToString()).RootElement;
        Assert.Equal(
            (true, false, Samples.Fal5Csv(), "The name holds the control character U+0007."),
            (invoked.Succeeded, await ExistsAsync(BulkApp.Inbound, hostile), (await _bulk.GetAsync(_bulk.Quarantine, quarantined))!.Content.ToString(), record.GetProperty("reason").GetString()));
        Assert.Null(await _bulk.ResultAsync(hostile));
    }

    private static ByteArrayContent Content(string text, string mediaType) => Content(Encoding.UTF8.GetBytes(text), mediaType);

    private static ByteArrayContent Content(byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    // Sample CSVs quote nothing, so a split gives the cells a spreadsheet program would hold.
    private static string[][] Rows(string csv) =>
        [.. csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(','))];

    private static string WithoutIds(JsonElement receipt) =>
        JsonSerializer.Serialize(receipt.EnumerateObject()
            .Where(p => p.Name is not ("permitId" or "receivedAt"))
            .ToDictionary(p => p.Name, p => p.Value));

    private Task<bool> ExistsAsync(string container, string name) => _bulk.ExistsAsync(container, name);
}
