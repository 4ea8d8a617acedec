using System.Net;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.Access;

/// <summary>A customs control point sees the port calls of its port and decides there; nothing of another port, and no agent's rights.</summary>
[Collection("azurite")]
public sealed class CustomsAccessTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Decision = """{ "outcome": "granted", "permitNumber": "0210-2611-0001" }""";

    private TestApp _app = null!;
    private HttpClient _agentA = null!;
    private HttpClient _rigaCustoms = null!;
    private HttpClient _ventspilsCustoms = null!;
    private string _rigaPortCall = null!;
    private string _ventspilsPortCall = null!;
    private string _rigaPermit = null!;
    private string _ventspilsPermit = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("customs"));
        _agentA = _app.Client(TestApp.AgentAKey);
        var agentB = _app.Client(TestApp.AgentBKey);
        _rigaCustoms = _app.Client(TestApp.CustomsRigaKey);
        _ventspilsCustoms = _app.Client(TestApp.CustomsVentspilsKey);
        _rigaPortCall = await _agentA.CreatePortCallAsync();
        _ventspilsPortCall = await agentB.CreatePortCallAsync(Samples.PortCall(port: "LVVNT"));
        (await _agentA.PutDocumentAsync(_rigaPortCall, "arrival", "fal4", Api.Json(Samples.Fal4))).EnsureSuccessStatusCode();
        (await agentB.PutDocumentAsync(_ventspilsPortCall, "arrival", "fal4", Api.Json(Samples.Fal4))).EnsureSuccessStatusCode();
        _rigaPermit = await ApplyAsync(_agentA, _rigaPortCall, Samples.Permit());
        _ventspilsPermit = await ApplyAsync(agentB, _ventspilsPortCall, Samples.Permit().Replace("LVRIX", "LVVNT", StringComparison.Ordinal));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task RigaCustoms_EverythingInVentspils_404NotFoundAndNothingDecided()
    {
        var requests = new Func<Task<HttpResponseMessage>>[]
        {
            () => _rigaCustoms.GetAsync($"/api/port-calls/{_ventspilsPortCall}"),
            () => _rigaCustoms.GetAsync($"/api/port-calls/{_ventspilsPortCall}/arrival/fal4"),
            () => _rigaCustoms.GetAsync($"/api/port-calls/{_ventspilsPortCall}/arrival/fal4/versions"),
            () => _rigaCustoms.GetAsync($"/api/permits/{_ventspilsPermit}"),
            () => _rigaCustoms.PostAsync($"/api/permits/{_ventspilsPermit}/decision", Api.Json(Decision)),
        };

        var responses = await Task.WhenAll(requests.Select(request => request()));

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("https://ics2port.dev/problems/not-found", (await response.ReadJsonAsync()).GetProperty("type").GetString());
        }

        var permit = await (await _ventspilsCustoms.GetAsync($"/api/permits/{_ventspilsPermit}")).ReadJsonAsync();
        Assert.False(permit.TryGetProperty("decision", out _));
    }

    [Fact]
    public async Task RigaCustoms_RigaPortCallOfAnyAgent_ReadsItAndItsPermit()
    {
        using var portCall = await _rigaCustoms.GetAsync($"/api/port-calls/{_rigaPortCall}");
        using var document = await _rigaCustoms.GetAsync($"/api/port-calls/{_rigaPortCall}/arrival/fal4");
        using var permit = await _rigaCustoms.GetAsync($"/api/permits/{_rigaPermit}");

        Assert.Equal(
            (HttpStatusCode.OK, TestApp.AgentA, HttpStatusCode.OK, HttpStatusCode.OK),
            (portCall.StatusCode, (await portCall.ReadJsonAsync()).GetProperty("agentId").GetString(), document.StatusCode, permit.StatusCode));
    }

    [Fact]
    public async Task List_Customs_OnlyThePortCallsOfTheirPort()
    {
        var riga = await ListAsync(_rigaCustoms, string.Empty);
        var ventspils = await ListAsync(_ventspilsCustoms, string.Empty);
        var rigaAskingForVentspils = await ListAsync(_rigaCustoms, "?port=LVVNT");

        Assert.Equal([_rigaPortCall], riga);
        Assert.Equal([_ventspilsPortCall], ventspils);
        Assert.Empty(rigaAskingForVentspils);
    }

    [Fact]
    public async Task Customs_AgentsAndAuthoritysOperations_403Forbidden()
    {
        var requests = new Func<Task<HttpResponseMessage>>[]
        {
            () => _rigaCustoms.PostAsync("/api/port-calls", Api.Json(Samples.PortCall())),
            () => _rigaCustoms.PutDocumentAsync(_rigaPortCall, "arrival", "fal4", Api.Json(Samples.Fal4)),
            () => _rigaCustoms.PostAsync($"/api/port-calls/{_rigaPortCall}/permits", Api.Json(Samples.Permit())),
            () => _rigaCustoms.GetAsync("/api/fallback/cases"),
            () => _rigaCustoms.GetAsync("/api/fallback/inbox"),
            () => _rigaCustoms.PostAsync("/api/system/outages", Api.Json("""{ "announcedAt": "2026-11-23T05:30:00+02:00", "source": "helpdesk" }""")),
        };

        var statuses = await Task.WhenAll(requests.Select(async request => (await request()).StatusCode));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Forbidden, status));
        Assert.Equal(1, (await (await _agentA.GetAsync($"/api/port-calls/{_rigaPortCall}/arrival/fal4/versions")).ReadJsonAsync()).GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData(TestApp.AgentAKey)]
    [InlineData(TestApp.AuthorityKey)]
    [InlineData(TestApp.SupplierAKey)]
    public async Task DecidePermit_NotCustoms_403ForbiddenAndUndecided(string apiKey)
    {
        using var response = await _app.Client(apiKey).PostAsync($"/api/permits/{_rigaPermit}/decision", Api.Json(Decision));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False((await (await _agentA.GetAsync($"/api/permits/{_rigaPermit}")).ReadJsonAsync()).TryGetProperty("decision", out _));
    }

    private static async Task<string> ApplyAsync(HttpClient client, string portCallId, string permit)
    {
        using var response = await client.PostAsync($"/api/port-calls/{portCallId}/permits", Api.Json(permit));
        return (await response.EnsureSuccessStatusCode().ReadJsonAsync()).GetProperty("permitId").GetString()!;
    }

    private static async Task<string[]> ListAsync(HttpClient client, string query) =>
        [.. (await (await client.GetAsync("/api/port-calls" + query)).ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(item => item.GetProperty("portCallId").GetString()!)];
}
