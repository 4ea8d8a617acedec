using System.Net;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.Supplies;

/// <summary>
/// Who sees a supply: its supplier, the ship's agent of its port call, customs of its port and the authority all of
/// them; another supplier or agent, or customs of another port, is answered 404. A supplier's key, having no agent id,
/// reaches nothing but the supply operations; customs read supplies but file none.
/// </summary>
[Collection("azurite")]
public sealed class SupplyAccessTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestApp _app = null!;
    private HttpClient _supplierA = null!;
    private HttpClient _supplierB = null!;
    private string _portCallId = null!;
    private string _supplyPath = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("supplyaccess"));
        _supplierA = _app.Client(TestApp.SupplierAKey);
        _supplierB = _app.Client(TestApp.SupplierBKey);
        _portCallId = await _app.Client(TestApp.AgentAKey).CreatePortCallAsync();
        _supplyPath = await FileAsync(_supplierA);
        await FileAsync(_supplierB);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData(TestApp.SupplierAKey)]
    [InlineData(TestApp.AgentAKey)]
    [InlineData(TestApp.AuthorityKey)]
    public async Task Get_SupplierAgentOfThePortCallOrAuthority_200(string key)
    {
        using var response = await _app.Client(key).GetAsync(_supplyPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestApp.SupplierA, (await response.ReadJsonAsync()).GetProperty("supplierId").GetString());
    }

    [Theory]
    [InlineData(TestApp.SupplierBKey)]
    [InlineData(TestApp.AgentBKey)]
    public async Task Get_AnotherSupplierOrAgent_404(string key)
    {
        using var response = await _app.Client(key).GetAsync(_supplyPath);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ReviseOrConfirm_AnotherSuppliersSupply_404NothingStored()
    {
        using var revised = await _supplierB.PutAsync(_supplyPath, Api.Json(Samples.Supply(unionOnly: true)));
        using var confirmed = await _supplierB.PutAsync($"{_supplyPath}/loading-proof", Api.Json(Samples.LoadingProof));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (revised.StatusCode, confirmed.StatusCode));
        var view = await (await _supplierA.GetAsync(_supplyPath)).ReadJsonAsync();
        Assert.Equal(1, view.GetProperty("version").GetInt32());
        Assert.False(view.TryGetProperty("loadingProof", out _));
    }

    [Fact]
    public async Task List_AgentOfThePortCallAndAuthority_SeeEverySupplyASupplierItsOwn()
    {
        var byAgent = await SuppliersShownAsync(TestApp.AgentAKey);
        var byAuthority = await SuppliersShownAsync(TestApp.AuthorityKey);
        var bySupplier = await SuppliersShownAsync(TestApp.SupplierBKey);

        Assert.Equal([TestApp.SupplierA, TestApp.SupplierB], byAgent.Order(StringComparer.Ordinal));
        Assert.Equal([TestApp.SupplierA, TestApp.SupplierB], byAuthority.Order(StringComparer.Ordinal));
        Assert.Equal([TestApp.SupplierB], bySupplier);
    }

    [Fact]
    public async Task GetOrList_CustomsOfThePort_SeeEverySupply()
    {
        using var supply = await _app.Client(TestApp.CustomsRigaKey).GetAsync(_supplyPath);
        var byCustoms = await SuppliersShownAsync(TestApp.CustomsRigaKey);

        Assert.Equal(HttpStatusCode.OK, supply.StatusCode);
        Assert.Equal(TestApp.SupplierA, (await supply.ReadJsonAsync()).GetProperty("supplierId").GetString());
        Assert.Equal([TestApp.SupplierA, TestApp.SupplierB], byCustoms.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetOrList_CustomsOfAnotherPort_404()
    {
        var ventspils = _app.Client(TestApp.CustomsVentspilsKey);

        using var supply = await ventspils.GetAsync(_supplyPath);
        using var list = await ventspils.GetAsync($"/api/port-calls/{_portCallId}/supplies");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (supply.StatusCode, list.StatusCode));
    }

    [Fact]
    public async Task FileReviseOrConfirm_CustomsOfThePort_403NothingStored()
    {
        var customs = _app.Client(TestApp.CustomsRigaKey);

        using var filed = await customs.PostAsync($"/api/port-calls/{_portCallId}/supplies", Api.Json(Samples.Supply()));
        using var revised = await customs.PutAsync(_supplyPath, Api.Json(Samples.Supply(unionOnly: true)));
        using var confirmed = await customs.PutAsync($"{_supplyPath}/loading-proof", Api.Json(Samples.LoadingProof));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (filed.StatusCode, revised.StatusCode, confirmed.StatusCode));
        Assert.Equal(2, (await SuppliersShownAsync(TestApp.AuthorityKey)).Length);
        var view = await (await _supplierA.GetAsync(_supplyPath)).ReadJsonAsync();
        Assert.Equal(1, view.GetProperty("version").GetInt32());
        Assert.False(view.TryGetProperty("loadingProof", out _));
    }

    [Fact]
    public async Task List_AnotherAgent_404()
    {
        using var response = await _app.Client(TestApp.AgentBKey).GetAsync($"/api/port-calls/{_portCallId}/supplies");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/port-calls/{0}")]
    [InlineData("/api/port-calls")]
    [InlineData("/api/port-calls/{0}/arrival/fal1")]
    [InlineData("/api/fallback/cases")]
    public async Task OtherOperations_SupplierKey_403(string path)
    {
        using var response = await _supplierA.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, _portCallId));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task SubmitDocument_SupplierKey_403NothingStored()
    {
        using var response = await _supplierA.PutDocumentAsync(_portCallId, "arrival", "fal4", Api.Json(Samples.Fal4));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var read = await _app.Client(TestApp.AgentAKey).GetAsync($"/api/port-calls/{_portCallId}/arrival/fal4");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    private async Task<string> FileAsync(HttpClient supplier)
    {
        using var response = await supplier.PostAsync($"/api/port-calls/{_portCallId}/supplies", Api.Json(Samples.Supply()));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private async Task<string[]> SuppliersShownAsync(string key)
    {
        using var response = await _app.Client(key).GetAsync($"/api/port-calls/{_portCallId}/supplies");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(supply => supply.GetProperty("supplierId").GetString()!)];
    }
}
