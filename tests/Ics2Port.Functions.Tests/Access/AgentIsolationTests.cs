using System.Net;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.Access;

[Collection("azurite")]
public sealed class AgentIsolationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestApp _app = null!;
    private HttpClient _agentA = null!;
    private HttpClient _agentB = null!;
    private HttpClient _authority = null!;
    private string _portCallA = null!;
    private string _portCallB = null!;
    private string _permitA = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("isolation"));
        _agentA = _app.Client(TestApp.AgentAKey);
        _agentB = _app.Client(TestApp.AgentBKey);
        _authority = _app.Client(TestApp.AuthorityKey);
        _portCallA = await _agentA.CreatePortCallAsync();
        _portCallB = await _agentB.CreatePortCallAsync();
        (await _agentA.PutDocumentAsync(_portCallA, "arrival", "fal4", Api.Json(Samples.Fal4))).EnsureSuccessStatusCode();
        using var permit = await _agentA.PostAsync($"/api/port-calls/{_portCallA}/permits", Api.Json(Samples.Permit()));
        _permitA = (await permit.EnsureSuccessStatusCode().ReadJsonAsync()).GetProperty("permitId").GetString()!;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task OtherAgent_EveryResourceOfAgentA_404NotFoundProblem()
    {
        var requests = new Func<Task<HttpResponseMessage>>[]
        {
            () => _agentB.GetAsync($"/api/port-calls/{_portCallA}"),
            () => _agentB.GetAsync($"/api/port-calls/{_portCallA}/arrival/fal4"),
            () => _agentB.GetAsync($"/api/port-calls/{_portCallA}/arrival/fal4/versions"),
            () => _agentB.GetAsync($"/api/port-calls/{_portCallA}/arrival/fal4/versions/1"),
            () => _agentB.PutDocumentAsync(_portCallA, "arrival", "fal4", Api.Json(Samples.Fal4)),
            () => _agentB.PostAsync($"/api/port-calls/{_portCallA}/permits", Api.Json(Samples.Permit())),
            () => _agentB.GetAsync($"/api/permits/{_permitA}"),
        };

        var responses = await Task.WhenAll(requests.Select(request => request()));

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.MediaType()!.MediaType);
            Assert.Equal("https://ics2port.dev/problems/not-found", (await response.ReadJsonAsync()).GetProperty("type").GetString());
        }

        var versions = await (await _agentA.GetAsync($"/api/port-calls/{_portCallA}/arrival/fal4/versions")).ReadJsonAsync();
        Assert.Equal(1, versions.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task List_EachAgent_SeesOnlyItsOwnPortCalls()
    {
        var listedByA = await ListAsync(_agentA);
        var listedByB = await ListAsync(_agentB);

        Assert.Equal([_portCallA], listedByA);
        Assert.Equal([_portCallB], listedByB);
    }

    [Fact]
    public async Task Authority_ReadsEveryAgentsData()
    {
        var listed = await ListAsync(_authority);
        using var portCall = await _authority.GetAsync($"/api/port-calls/{_portCallA}");
        using var document = await _authority.GetAsync($"/api/port-calls/{_portCallA}/arrival/fal4");
        using var permit = await _authority.GetAsync($"/api/permits/{_permitA}");

        Assert.Contains(_portCallA, listed);
        Assert.Contains(_portCallB, listed);
        Assert.Equal(TestApp.AgentA, (await portCall.ReadJsonAsync()).GetProperty("agentId").GetString());
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        var permitBody = await permit.ReadJsonAsync();
        Assert.Equal(_portCallA, permitBody.GetProperty("portCallId").GetString());
        Assert.Equal("unloading", permitBody.GetProperty("application").GetProperty("operation").GetString());
    }

    private static async Task<string[]> ListAsync(HttpClient client) =>
        [.. (await (await client.GetAsync("/api/port-calls")).ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(item => item.GetProperty("portCallId").GetString()!)];
}
