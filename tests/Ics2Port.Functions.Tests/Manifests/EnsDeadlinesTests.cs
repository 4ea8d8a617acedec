using System.Net;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.Manifests;

/// <summary>GET /api/port-calls/{id}/ens-deadlines: the ENS deadline of each consignment of the latest arrival manifest (seeds 000 and 004).</summary>
[Collection("azurite")]
public sealed class EnsDeadlinesTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Party = """{ "name": "Baltship Agency SIA", "address": "Eksporta iela 3, Riga", "country": "LV", "email": "ops@baltship.lv", "phone": "+371 67000000" }""";

    private static readonly string Manifest = $$"""
        { "issuer": {{Party}}, "issuerAuthorised": true,
          "consignments": [
            { "billOfLading": "BL-CONTAINER", "portOfLoading": "CNSHA", "portOfDischarge": "LVRIX", "consignor": {{Party}}, "consignee": {{Party}},
              "goodsStatus": "N", "cargoType": "container", "loadedAt": "2026-10-20T08:00:00+08:00", "ensMrn": "26LV000210E0001234",
              "items": [ { "description": "Plywood", "hsCode": "441231", "packages": { "count": 20, "kind": "PK" }, "grossMassKg": 18000, "containerNumber": "CSQU3054383" } ] },
            { "billOfLading": "BL-BULK", "portOfLoading": "USNYC", "portOfDischarge": "LVRIX", "consignor": {{Party}}, "consignee": {{Party}},
              "goodsStatus": "N", "cargoType": "bulk",
              "items": [ { "description": "Coal", "hsCode": "2701", "packages": { "count": 1, "kind": "VR" }, "grossMassKg": 900000 } ] },
            { "billOfLading": "BL-UNION", "portOfLoading": "SEGOT", "portOfDischarge": "LVRIX", "consignor": {{Party}}, "consignee": {{Party}},
              "goodsStatus": "N", "cargoType": "break-bulk",
              "items": [ { "description": "Paper reels", "hsCode": "4801", "packages": { "count": 30, "kind": "RL" }, "grossMassKg": 30000 } ] } ] }
        """;

    private TestApp _app = null!;
    private HttpClient _agent = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("ens"));
        _agent = _app.Client(TestApp.AgentAKey);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Get_ShipStraightFromOutsideTheUnion_EachConsignmentByItsRule_ENS_SEA()
    {
        var portCallId = await _agent.CreatePortCallAsync(Samples.PortCall().Replace("\"lastPort\": \"SEGOT\"", "\"lastPort\": \"USNYC\"", StringComparison.Ordinal));
        (await _agent.PutDocumentAsync(portCallId, "arrival", "manifest", Api.Json(Manifest))).EnsureSuccessStatusCode();

        using var response = await _agent.GetAsync($"/api/port-calls/{portCallId}/ens-deadlines");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var consignments = (await response.ReadJsonAsync()).GetProperty("consignments").EnumerateArray().ToList();
        Assert.Equal(
            [
                ("BL-CONTAINER", true, "ENS-SEA-CONTAINER", (DateTimeOffset?)DateTimeOffset.Parse("2026-10-19T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)),
                ("BL-BULK", true, "ENS-SEA-BULK", DateTimeOffset.Parse("2026-11-23T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)),
                ("BL-UNION", false, "ENS-WHEN", null),
            ],
            consignments.Select(c => (
                c.GetProperty("billOfLading").GetString(),
                c.GetProperty("required").GetBoolean(),
                c.GetProperty("rule").GetString(),
                c.TryGetProperty("latestLodging", out var at) ? at.GetDateTimeOffset() : (DateTimeOffset?)null)));
    }

    [Fact]
    public async Task Get_ShipCallingAtAUnionPortFirst_BulkDeadlineUndeterminedWithTheReason_ENS_SEA_BULK()
    {
        var portCallId = await _agent.CreatePortCallAsync();
        (await _agent.PutDocumentAsync(portCallId, "arrival", "manifest", Api.Json(Manifest))).EnsureSuccessStatusCode();

        using var response = await _agent.GetAsync($"/api/port-calls/{portCallId}/ens-deadlines");

        var bulk = (await response.ReadJsonAsync()).GetProperty("consignments")[1];
        Assert.Equal(("ENS-SEA-BULK", false), (bulk.GetProperty("rule").GetString(), bulk.TryGetProperty("latestLodging", out _)));
        Assert.Contains("arrival time at the first port", bulk.GetProperty("problem").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_NoArrivalManifestYet_404()
    {
        var portCallId = await _agent.CreatePortCallAsync();

        using var response = await _agent.GetAsync($"/api/port-calls/{portCallId}/ens-deadlines");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_OtherAgentsPortCall_404()
    {
        var portCallId = await _agent.CreatePortCallAsync();
        (await _agent.PutDocumentAsync(portCallId, "arrival", "manifest", Api.Json(Manifest))).EnsureSuccessStatusCode();

        using var response = await _app.Client(TestApp.AgentBKey).GetAsync($"/api/port-calls/{portCallId}/ens-deadlines");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
