using System.Net;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.Permits;

/// <summary>Customs grant or refuse a permit application once; the agent sees the decision on the permit and in the port call.</summary>
[Collection("azurite")]
public sealed class PermitDecisionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestApp _app = null!;
    private HttpClient _agent = null!;
    private HttpClient _customs = null!;
    private string _portCallId = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("decisions"));
        _agent = _app.Client(TestApp.AgentAKey);
        _customs = _app.Client(TestApp.CustomsRigaKey);
        _portCallId = await _agent.CreatePortCallAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Decide_Granted_AgentSeesThePermitNumberOnThePermitAndInThePortCallsPermits()
    {
        var permitId = await ApplyAsync();

        using var response = await _customs.PostAsync($"/api/permits/{permitId}/decision", Api.Json("""{ "outcome": "granted", "permitNumber": "0210-2611-0001" }"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var decision = (await (await _agent.GetAsync($"/api/permits/{permitId}")).ReadJsonAsync()).GetProperty("decision");
        Assert.Equal(
            ("granted", "0210-2611-0001", "customs:0210", "0210"),
            (decision.GetProperty("outcome").GetString(), decision.GetProperty("permitNumber").GetString(), decision.GetProperty("decidedBy").GetString(), decision.GetProperty("office").GetString()));
        var listed = (await (await _agent.GetAsync($"/api/port-calls/{_portCallId}/permits")).ReadJsonAsync()).GetProperty("items").EnumerateArray().Single();
        Assert.Equal((permitId, "granted"), (listed.GetProperty("permitId").GetString(), listed.GetProperty("decision").GetProperty("outcome").GetString()));
    }

    [Fact]
    public async Task Decide_AlreadyDecided_409ConflictWithRuleAndTheFirstDecisionStands()
    {
        var permitId = await ApplyAsync();
        (await _customs.PostAsync($"/api/permits/{permitId}/decision", Api.Json("""{ "outcome": "refused", "reason": "Berth RIX-KS-12 is closed for unloading." }"""))).EnsureSuccessStatusCode();

        using var again = await _customs.PostAsync($"/api/permits/{permitId}/decision", Api.Json("""{ "outcome": "granted", "permitNumber": "0210-2611-0002" }"""));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await again.ReadJsonAsync();
        Assert.Equal(("/outcome", "CONSISTENCY"), (problem.GetProperty("errors")[0].GetProperty("pointer").GetString(), problem.GetProperty("errors")[0].GetProperty("rule").GetString()));
        var decision = (await (await _agent.GetAsync($"/api/permits/{permitId}")).ReadJsonAsync()).GetProperty("decision");
        Assert.Equal(("refused", "Berth RIX-KS-12 is closed for unloading."), (decision.GetProperty("outcome").GetString(), decision.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task Apply_AfterARefusal_ANewUndecidedPermit()
    {
        var refused = await ApplyAsync();
        (await _customs.PostAsync($"/api/permits/{refused}/decision", Api.Json("""{ "outcome": "refused", "reason": "HS code missing for the second item." }"""))).EnsureSuccessStatusCode();

        var renewed = await ApplyAsync();

        Assert.NotEqual(refused, renewed);
        Assert.False((await (await _agent.GetAsync($"/api/permits/{renewed}")).ReadJsonAsync()).TryGetProperty("decision", out _));
        using var decided = await _customs.PostAsync($"/api/permits/{renewed}/decision", Api.Json("""{ "outcome": "granted", "permitNumber": "0210-2611-0003" }"""));
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
    }

    [Theory]
    [InlineData("""{ "outcome": "granted" }""", "/permitNumber", "REQUIRED")]
    [InlineData("""{ "outcome": "refused" }""", "/reason", "REQUIRED")]
    [InlineData("""{ "outcome": "maybe" }""", "/outcome", "FORMAT-VALUE")]
    [InlineData("""{ "outcome": "granted", "permitNumber": "0210-2611\r\n0001" }""", "/permitNumber", "FORMAT-TEXT")]
    [InlineData("""{ "outcome": "refused", "reason": "HS code\tmissing" }""", "/reason", "FORMAT-TEXT")]
    public async Task Decide_Incomplete_422AndUndecided(string body, string pointer, string rule)
    {
        var permitId = await ApplyAsync();

        using var response = await _customs.PostAsync($"/api/permits/{permitId}/decision", Api.Json(body));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = (await response.ReadJsonAsync()).GetProperty("errors")[0];
        Assert.Equal((pointer, rule), (error.GetProperty("pointer").GetString(), error.GetProperty("rule").GetString()));
        Assert.False((await (await _agent.GetAsync($"/api/permits/{permitId}")).ReadJsonAsync()).TryGetProperty("decision", out _));
    }

    private async Task<string> ApplyAsync()
    {
        using var response = await _agent.PostAsync($"/api/port-calls/{_portCallId}/permits", Api.Json(Samples.Permit()));
        return (await response.EnsureSuccessStatusCode().ReadJsonAsync()).GetProperty("permitId").GetString()!;
    }
}
