using System.Globalization;
using System.Net;
using System.Text.Json;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Storage.Permits;
using Ics2Port.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ics2Port.Functions.Tests.Permits;

/// <summary>
/// Customs' worklist (seed 003: the application is submitted to the customs control point of the port): the applications
/// of their port awaiting a decision, and only those; a decided permit leaves it.
/// </summary>
[Collection("azurite")]
public sealed class PermitWorklistTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestApp _app = null!;
    private HttpClient _agent = null!;
    private HttpClient _riga = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("worklist"));
        _agent = _app.Client(TestApp.AgentAKey);
        _riga = _app.Client(TestApp.CustomsRigaKey);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Worklist_PermitsOfTwoPorts_EachControlPointSeesItsOwnUndecidedOnesOldestFirst()
    {
        var riga = await _agent.CreatePortCallAsync(Samples.PortCall(port: "LV RIX"));
        var ventspils = await _agent.CreatePortCallAsync(Samples.PortCall(port: "LVVNT", voyage: "BT2612"));
        var first = await ApplyAsync(riga, Samples.Permit());
        var second = await ApplyAsync(riga, Samples.Permit());
        var elsewhere = await ApplyAsync(ventspils, Samples.Permit().Replace("\"LVRIX\"", "\"LVVNT\"", StringComparison.Ordinal).Replace("RIX-KS-12", "VNT-7", StringComparison.Ordinal));

        var rigaList = await WorklistAsync(_riga);
        var ventspilsList = await WorklistAsync(_app.Client(TestApp.CustomsVentspilsKey));

        Assert.Equal(("LVRIX", "0210"), (rigaList.Port, rigaList.ControlPoint));
        Assert.Equal([first, second], rigaList.Permits);
        Assert.Equal([elsewhere], ventspilsList.Permits);
        Assert.Equal(riga, rigaList.PortCalls[0]);
    }

    [Fact]
    public async Task Worklist_PermitDecided_LeavesTheList()
    {
        var portCallId = await _agent.CreatePortCallAsync();
        var decided = await ApplyAsync(portCallId, Samples.Permit());
        var open = await ApplyAsync(portCallId, Samples.Permit());

        using var decision = await _riga.PostAsync($"/api/permits/{decided}/decision", Api.Json("""{ "outcome": "refused", "reason": "Berth closed for works." }"""));

        Assert.Equal(HttpStatusCode.OK, decision.StatusCode);
        Assert.Equal([open], (await WorklistAsync(_riga)).Permits);
    }

    [Fact]
    public async Task Worklist_NewPermit_SaysItsOperationHsCodesBerthAndPlannedStart()
    {
        var portCallId = await _agent.CreatePortCallAsync();
        var plannedStart = PlannedStart();
        var permitId = await ApplyAsync(portCallId, WithPlannedStart(Samples.Permit(hsCode: "440711"), plannedStart));

        var item = await WorklistItemAsync(permitId);

        Assert.Equal(("unloading", "RIX-KS-12"), (item.GetProperty("operation").GetString(), item.GetProperty("berth").GetString()));
        Assert.Equal(["440711", "4407"], item.GetProperty("hsCodes").EnumerateArray().Select(code => code.GetString()));
        Assert.Equal(plannedStart, item.GetProperty("plannedStart").GetDateTimeOffset());
        // Said from the permit's row, which keeps it from the filing on.
        var row = await _app.Services.GetRequiredService<PermitStore>().FindAsync(permitId, null);
        Assert.Equal(new PermitOutline { Operation = "unloading", Berth = "RIX-KS-12", HsCodes = ["440711", "4407"], PlannedStart = plannedStart.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture) }, row!.Outline);
    }

    [Fact]
    public async Task Worklist_NoPlannedStart_LeavesItOut()
    {
        var permitId = await ApplyAsync(await _agent.CreatePortCallAsync(), Samples.Permit());

        var item = await WorklistItemAsync(permitId);

        Assert.False(item.TryGetProperty("plannedStart", out _));
        Assert.Equal("unloading", item.GetProperty("operation").GetString());
    }

    [Fact]
    public async Task Worklist_PermitStoredWithoutItsOutline_SaysWhatItIsAboutFromItsBody()
    {
        // As a permit stored before permit rows kept what the application is about: its row has only ids, state and times.
        var portCallId = await _agent.CreatePortCallAsync();
        var plannedStart = PlannedStart();
        var body = WithPlannedStart(Samples.Permit(hsCode: "440711"), plannedStart).Replace("\"unloading\"", "\"loading\"", StringComparison.Ordinal);
        var store = _app.Services.GetRequiredService<PermitStore>();
        await store.AwaitDecisionAsync("LVRIX", "pm-oldrowaaaa");
        var stored = await store.CreateAsync("pm-oldrowaaaa", TestApp.AgentA, portCallId, BinaryData.FromString(body), "sha-old-row", DateTimeOffset.UtcNow);
        Assert.Null(stored.Outline);

        var item = await WorklistItemAsync("pm-oldrowaaaa");

        Assert.Equal(("loading", "RIX-KS-12", portCallId), (item.GetProperty("operation").GetString(), item.GetProperty("berth").GetString(), item.GetProperty("portCallId").GetString()));
        Assert.Equal(["440711", "4407"], item.GetProperty("hsCodes").EnumerateArray().Select(code => code.GetString()));
        Assert.Equal(plannedStart, item.GetProperty("plannedStart").GetDateTimeOffset());
    }

    [Theory]
    [InlineData(TestApp.AgentAKey)]
    [InlineData(TestApp.AuthorityKey)]
    public async Task Worklist_NotCustoms_403(string key)
    {
        using var response = await _app.Client(key).GetAsync("/api/customs/permits");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<string> ApplyAsync(string portCallId, string body)
    {
        using var response = await _agent.PostAsync($"/api/port-calls/{portCallId}/permits", Api.Json(body));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("permitId").GetString()!;
    }

    private async Task<JsonElement> WorklistItemAsync(string permitId)
    {
        using var response = await _riga.GetAsync("/api/customs/permits");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray().Single(item => item.GetProperty("permitId").GetString() == permitId);
    }

    // Riga time, a month ahead: after the application (PERMIT-BEFORE) and the sample port call's arrival.
    private static DateTimeOffset PlannedStart() =>
        new(DateTime.SpecifyKind(DateTime.UtcNow.AddDays(30).Date.AddHours(8), DateTimeKind.Unspecified), TimeSpan.FromHours(2));

    private static string WithPlannedStart(string permit, DateTimeOffset plannedStart) =>
        permit.Replace(
            "\"berthInFreeZone\": false,",
            $"\"berthInFreeZone\": false, \"plannedStart\": \"{plannedStart.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)}\",",
            StringComparison.Ordinal);

    private static async Task<(string? Port, string? ControlPoint, string[] Permits, string[] PortCalls)> WorklistAsync(HttpClient customs)
    {
        using var response = await customs.GetAsync("/api/customs/permits");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = await response.ReadJsonAsync();
        var items = list.GetProperty("items").EnumerateArray().ToList();
        return (list.GetProperty("port").GetString(), list.GetProperty("controlPoint").GetString(),
            [.. items.Select(item => item.GetProperty("permitId").GetString()!)], [.. items.Select(item => item.GetProperty("portCallId").GetString()!)]);
    }
}
