using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.Supplies;

/// <summary>A ship supply from filing to proof of loading over HTTP (seed 002): receipts, versions, errors and what the law requires.</summary>
[Collection("azurite")]
public sealed class SupplyFilingTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestApp _app = null!;
    private HttpClient _agent = null!;
    private HttpClient _supplier = null!;
    private string _portCallId = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("supplies"));
        _agent = _app.Client(TestApp.AgentAKey);
        _supplier = _app.Client(TestApp.SupplierAKey);
        _portCallId = await _agent.CreatePortCallAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task File_ValidSupply_201ReceiptWithWhatTheLawRequires()
    {
        using var response = await _supplier.PostAsync(SuppliesPath, Api.Json(Samples.Supply()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await response.ReadJsonAsync();
        var supplyId = receipt.GetProperty("supplyId").GetString()!;
        Assert.Matches("^sp-[a-z2-7]{10}$", supplyId);
        Assert.Equal($"/api/port-calls/{_portCallId}/supplies/{supplyId}", response.Headers.Location!.OriginalString);
        Assert.Equal("\"v1\"", response.Headers.ETag!.Tag);
        Assert.Equal((TestApp.SupplierA, 1, "accepted"), (receipt.GetProperty("supplierId").GetString(), receipt.GetProperty("version").GetInt32(), receipt.GetProperty("state").GetString()));
        var requirements = receipt.GetProperty("requirements");
        Assert.Equal("EX", requirements.GetProperty("declarationType").GetString());
        Assert.True(requirements.GetProperty("exportDeclarationRequired").GetBoolean());
        Assert.True(requirements.GetProperty("oralDeclarationAllowed").GetBoolean());
        Assert.False(requirements.GetProperty("exitSummaryDeclarationRequired").GetBoolean());
        Assert.Equal(["export", "re-export-or-transit"], [.. requirements.GetProperty("lines").EnumerateArray().Select(line => line.GetProperty("procedure").GetString()!)]);
        Assert.Superset(
            new HashSet<string> { "SUP-EXPORT", "SUP-DEST-CODE", "SUP-ORAL", "SUP-NON-UNION", "SUP-NO-EXS", "SUP-IN-SYSTEM" },
            new HashSet<string>(requirements.GetProperty("statements").EnumerateArray().Select(statement => statement.GetProperty("rule").GetString()!)));
        Assert.Equal(["loading-proof", "declaration-reference"], receipt.GetProperty("exit").GetProperty("missing").Strings());
    }

    [Fact]
    public async Task File_InvalidSupply_422EveryErrorWithPointerAndRuleAndNothingStored()
    {
        var body = Samples.Supply(vesselName: "NORDIC STAR").Replace("\"QS\"", "\"LV\"", StringComparison.Ordinal).Replace("\"0702 00 00\"", "\"9930 27 00\"", StringComparison.Ordinal);

        using var response = await _supplier.PostAsync(SuppliesPath, Api.Json(body));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors").EnumerateArray().Select(error => (error.GetProperty("pointer").GetString(), error.GetProperty("rule").GetString()));
        Assert.Equal([("/consignee/vesselName", "CONSISTENCY"), ("/destinationCode", "SUP-DEST-CODE"), ("/lines/0/cnChapter", "SUP-CN-SIMPLE")], errors);
        Assert.Empty((await SuppliesAsync(_agent)).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task File_MalformedJsonOrCsv_400Or415()
    {
        using var malformed = await _supplier.PostAsync(SuppliesPath, Api.Json("{ \"lines\": [ "));
        using var csv = await _supplier.PostAsync(SuppliesPath, Api.Csv("description,cnCode\n"));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.UnsupportedMediaType), (malformed.StatusCode, csv.StatusCode));
    }

    [Fact]
    public async Task File_UnknownPortCall_404()
    {
        using var response = await _supplier.PostAsync("/api/port-calls/pc-aaaaaaaaaa/supplies", Api.Json(Samples.Supply()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task File_ByAgentOrAuthority_403()
    {
        using var byAgent = await _agent.PostAsync(SuppliesPath, Api.Json(Samples.Supply()));
        using var byAuthority = await _app.Client(TestApp.AuthorityKey).PostAsync(SuppliesPath, Api.Json(Samples.Supply()));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (byAgent.StatusCode, byAuthority.StatusCode));
    }

    [Fact]
    public async Task File_SameIdempotencyKeyAndBody_TheFirstReceiptAgain()
    {
        var first = await FileAsync(Samples.Supply(), "supply-key");

        var again = await FileAsync(Samples.Supply(), "supply-key");

        Assert.Equal(HttpStatusCode.Created, again.Status);
        Assert.Equal(first.Body.GetProperty("supplyId").GetString(), again.Body.GetProperty("supplyId").GetString());
        Assert.Equal(1, again.Body.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Revise_WithDeclarationReference_200Version2AndOnlyTheProofMissing()
    {
        var supplyPath = await FiledPathAsync();

        using var response = await _supplier.PutAsync(supplyPath, Api.Json(Samples.Supply(declarationReference: "26LV000210EX001234")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var receipt = await response.ReadJsonAsync();
        Assert.Equal(2, receipt.GetProperty("version").GetInt32());
        Assert.Equal(["loading-proof"], receipt.GetProperty("exit").GetProperty("missing").Strings());
    }

    [Fact]
    public async Task Revise_SameBodyAgain_TheCurrentReceiptSameVersion()
    {
        var supplyPath = await FiledPathAsync();

        using var response = await _supplier.PutAsync(supplyPath, Api.Json(Samples.Supply()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.ReadJsonAsync()).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Revise_StaleIfMatch_412NothingStored()
    {
        var supplyPath = await FiledPathAsync();
        using var stale = new HttpRequestMessage(HttpMethod.Put, supplyPath) { Content = Api.Json(Samples.Supply(unionOnly: true)) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"v7\""));

        using var response = await _supplier.SendAsync(stale);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal(1, (await (await _supplier.GetAsync(supplyPath)).ReadJsonAsync()).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Revise_ByTheShipsAgent_403()
    {
        var supplyPath = await FiledPathAsync();

        using var response = await _agent.PutAsync(supplyPath, Api.Json(Samples.Supply(unionOnly: true)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    // Seed 002: the goods have left when "ir apliecinājums, ka tās ir iekrautas kuģī" and "eksporta deklarācija ir noformēta" (SUP-EXPORT).
    [Fact]
    public async Task ConfirmLoading_ThenDeclarationReference_SupplyHasLeftTheCustomsTerritory_SUP_EXPORT()
    {
        var supplyPath = await FiledPathAsync(Samples.Supply(unionOnly: true));

        using var proof = await _agent.PutAsync($"{supplyPath}/loading-proof", Api.Json(Samples.LoadingProof));
        var proofExit = (await proof.ReadJsonAsync()).GetProperty("exit");
        using var revised = await _supplier.PutAsync(supplyPath, Api.Json(Samples.Supply(declarationReference: "26LV000210EX001234", unionOnly: true)));
        var view = await (await _supplier.GetAsync(supplyPath)).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.Created, proof.StatusCode);
        Assert.Equal(["declaration-reference"], proofExit.GetProperty("missing").Strings());
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.True(view.GetProperty("exit").GetProperty("leftCustomsTerritory").GetBoolean());
        Assert.Equal("Master", view.GetProperty("loadingProof").GetProperty("proof").GetProperty("confirmedBy").GetProperty("rank").GetString());
        var shown = Assert.Single((await SuppliesAsync(_agent)).GetProperty("items").EnumerateArray());
        Assert.True(shown.GetProperty("leftCustomsTerritory").GetBoolean());
        Assert.Empty(shown.GetProperty("missing").EnumerateArray());
    }

    [Fact]
    public async Task ConfirmLoading_MoreThanSuppliedOrUnknownLine_422Consistency()
    {
        var supplyPath = await FiledPathAsync();
        var proof = Samples.LoadingProof.Replace("\"line\": 0, \"quantity\": 200", "\"line\": 0, \"quantity\": 250 }, { \"line\": 5, \"quantity\": 1", StringComparison.Ordinal);

        using var response = await _supplier.PutAsync($"{supplyPath}/loading-proof", Api.Json(proof));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors").EnumerateArray().Select(error => (error.GetProperty("pointer").GetString(), error.GetProperty("rule").GetString()));
        Assert.Equal([("/lines/0/quantity", "CONSISTENCY"), ("/lines/1/line", "CONSISTENCY")], errors);
        Assert.False((await (await _supplier.GetAsync(supplyPath)).ReadJsonAsync()).TryGetProperty("loadingProof", out _));
    }

    private string SuppliesPath => $"/api/port-calls/{_portCallId}/supplies";

    private async Task<string> FiledPathAsync(string? body = null)
    {
        var filed = await FileAsync(body ?? Samples.Supply());
        Assert.Equal(HttpStatusCode.Created, filed.Status);
        return $"{SuppliesPath}/{filed.Body.GetProperty("supplyId").GetString()}";
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> FileAsync(string body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, SuppliesPath) { Content = Api.Json(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await _supplier.SendAsync(request);
        return (response.StatusCode, await response.ReadJsonAsync());
    }

    private async Task<JsonElement> SuppliesAsync(HttpClient client)
    {
        using var response = await client.GetAsync(SuppliesPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }
}
