using System.Net;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.Manifests;

/// <summary>
/// STATUS-PROOF and STATUS-ENDORSE over the API: a departure manifest with C goods is filed before its endorsement, then customs of the
/// port endorse that version once; an arrival manifest with C goods and a T2L needs no endorsement.
/// </summary>
[Collection("azurite")]
public sealed class ManifestEndorsementTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly string Unendorsed = Samples.Manifest().Replace("\"issuerAuthorised\": true", "\"issuerAuthorised\": false", StringComparison.Ordinal);

    private TestApp _app = null!;
    private HttpClient _agent = null!;
    private HttpClient _customs = null!;
    private string _portCallId = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("endorse"));
        _agent = _app.Client(TestApp.AgentAKey);
        _customs = _app.Client(TestApp.CustomsRigaKey);
        _portCallId = await _agent.CreatePortCallAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Endorse_DepartureManifestFiledWithoutEndorsement_RecordsWhoWhenAndOffice_STATUS_ENDORSE()
    {
        using var filed = await _agent.PutDocumentAsync(_portCallId, "departure", "manifest", Api.Json(Unendorsed));
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var warning = (await filed.ReadJsonAsync()).GetProperty("warnings").EnumerateArray().Single();
        Assert.Equal(("/customsEndorsement", "STATUS-ENDORSE"), (warning.GetProperty("pointer").GetString(), warning.GetProperty("rule").GetString()));

        using var endorsed = await _customs.PostAsync($"/api/port-calls/{_portCallId}/departure/manifest/versions/1/endorsement", Api.Json("""{ "reference": "0210-END-2611-7" }"""));

        Assert.Equal(HttpStatusCode.Created, endorsed.StatusCode);
        var listed = await (await _agent.GetAsync($"/api/port-calls/{_portCallId}/departure/manifest/versions/1/endorsement")).ReadJsonAsync();
        Assert.Equal(
            ("departure", 1, "customs:0210", "0210", "0210-END-2611-7", (await filed.ReadJsonAsync()).GetProperty("sha256").GetString()),
            (listed.GetProperty("direction").GetString(), listed.GetProperty("version").GetInt32(), listed.GetProperty("endorsedBy").GetString(),
             listed.GetProperty("office").GetString(), listed.GetProperty("reference").GetString(), listed.GetProperty("sha256").GetString()));
    }

    [Fact]
    public async Task Endorse_SameVersionTwice_409ConflictAndTheFirstStands()
    {
        (await _agent.PutDocumentAsync(_portCallId, "departure", "manifest", Api.Json(Unendorsed))).EnsureSuccessStatusCode();
        (await _customs.PostAsync($"/api/port-calls/{_portCallId}/departure/manifest/versions/1/endorsement", Api.Json("""{ "reference": "first" }"""))).EnsureSuccessStatusCode();

        using var again = await _customs.PostAsync($"/api/port-calls/{_portCallId}/departure/manifest/versions/1/endorsement", Api.Json("""{ "reference": "second" }"""));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("STATUS-ENDORSE", (await again.ReadJsonAsync()).GetProperty("errors")[0].GetProperty("rule").GetString());
        var listed = await (await _agent.GetAsync($"/api/port-calls/{_portCallId}/departure/manifest/versions/1/endorsement")).ReadJsonAsync();
        Assert.Equal("first", listed.GetProperty("reference").GetString());
    }

    [Theory]
    [InlineData(TestApp.AgentAKey, HttpStatusCode.Forbidden)]
    [InlineData(TestApp.AuthorityKey, HttpStatusCode.Forbidden)]
    [InlineData(TestApp.SupplierAKey, HttpStatusCode.Forbidden)]
    [InlineData(TestApp.CustomsVentspilsKey, HttpStatusCode.NotFound)]
    public async Task Endorse_NotCustomsOfThePort_RefusedAndNothingEndorsed(string apiKey, HttpStatusCode expected)
    {
        (await _agent.PutDocumentAsync(_portCallId, "departure", "manifest", Api.Json(Unendorsed))).EnsureSuccessStatusCode();

        using var response = await _app.Client(apiKey).PostAsync($"/api/port-calls/{_portCallId}/departure/manifest/versions/1/endorsement", Api.Json("{}"));

        Assert.Equal(expected, response.StatusCode);
        using var endorsement = await _agent.GetAsync($"/api/port-calls/{_portCallId}/departure/manifest/versions/1/endorsement");
        Assert.Equal(HttpStatusCode.NotFound, endorsement.StatusCode);
    }

    [Fact]
    public async Task Endorse_ReferenceWithALineBreak_422FormatTextAndNothingEndorsed_FORMAT_TEXT()
    {
        (await _agent.PutDocumentAsync(_portCallId, "departure", "manifest", Api.Json(Unendorsed))).EnsureSuccessStatusCode();

        using var response = await _customs.PostAsync($"/api/port-calls/{_portCallId}/departure/manifest/versions/1/endorsement", Api.Json("""{ "reference": "0210-END\nBcc: x" }"""));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = (await response.ReadJsonAsync()).GetProperty("errors")[0];
        Assert.Equal(("/reference", "FORMAT-TEXT"), (error.GetProperty("pointer").GetString(), error.GetProperty("rule").GetString()));
        using var endorsement = await _agent.GetAsync($"/api/port-calls/{_portCallId}/departure/manifest/versions/1/endorsement");
        Assert.Equal(HttpStatusCode.NotFound, endorsement.StatusCode);
    }

    [Fact]
    public async Task Endorse_VersionNotFiled_404()
    {
        using var response = await _customs.PostAsync($"/api/port-calls/{_portCallId}/departure/manifest/versions/3/endorsement", Api.Json("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Submit_ArrivalManifestWithUnionGoodsAndNoProof_422StatusEndorse_STATUS_PROOF()
    {
        using var response = await _agent.PutDocumentAsync(_portCallId, "arrival", "manifest", Api.Json(Unendorsed));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("STATUS-ENDORSE", (await response.ReadJsonAsync()).GetProperty("errors")[0].GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Submit_ArrivalManifestWithUnionGoodsAndAT2L_Accepted_STATUS_PROOF()
    {
        var withT2L = Unendorsed.Replace("\"goodsStatus\": \"C\",", "\"goodsStatus\": \"C\", \"statusProof\": { \"kind\": \"T2L\", \"reference\": \"26SE601000T2L00042\" },", StringComparison.Ordinal);

        using var response = await _agent.PutDocumentAsync(_portCallId, "arrival", "manifest", Api.Json(withT2L));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
