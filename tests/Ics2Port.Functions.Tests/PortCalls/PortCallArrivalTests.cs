using System.Net;
using System.Security.Cryptography;
using System.Text;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.PortCalls;

[Collection("azurite")]
public sealed class PortCallArrivalTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestApp _app = null!;
    private HttpClient _agent = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("arrival"));
        _agent = _app.Client(TestApp.AgentAKey);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Create_ValidRequest_201WithLocationAndArrivalDocumentsMissing()
    {
        using var response = await _agent.PostAsync("/api/port-calls", Api.Json(Samples.PortCall()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        var id = body.GetProperty("portCallId").GetString()!;
        Assert.Matches("^pc-[a-z2-7]{10}$", id);
        Assert.Equal($"/api/port-calls/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal(TestApp.AgentA, body.GetProperty("agentId").GetString());
        Assert.Equal("9074729", body.GetProperty("vessel").GetProperty("imoNumber").GetString());
        Assert.Equal(["fal1", "manifest", "fal3", "fal4", "fal5"], body.GetProperty("arrival").GetProperty("missing").Strings());
        Assert.False(body.GetProperty("arrival").GetProperty("complete").GetBoolean());
    }

    [Fact]
    public async Task FullArrival_EveryRequiredDocumentFiled_MissingShrinksToEmptyAndDocumentsReadBackByteIdentical()
    {
        var portCallId = await _agent.CreatePortCallAsync();
        var filings = new (string Type, HttpContent Content, string Body)[]
        {
            ("fal1", Api.Json(Samples.Fal1(crew: 3, passengers: 2)), Samples.Fal1(crew: 3, passengers: 2)),
            ("manifest", Api.Json(Samples.Manifest()), Samples.Manifest()),
            ("fal3", Api.Json(Samples.Fal3()), Samples.Fal3()),
            ("fal4", Api.Json(Samples.Fal4), Samples.Fal4),
            ("fal5", Api.Csv(Samples.Fal5Csv(crew: 3)), Samples.Fal5Csv(crew: 3)),
            ("fal6", Api.Json(Samples.Fal6(passengers: 2)), Samples.Fal6(passengers: 2)),
        };
        var missingAfterEach = new List<string[]>();
        var statuses = new List<HttpStatusCode>();

        foreach (var (type, content, _) in filings)
        {
            using var put = await _agent.PutDocumentAsync(portCallId, "arrival", type, content);
            statuses.Add(put.StatusCode);
            var view = await (await _agent.GetAsync($"/api/port-calls/{portCallId}")).ReadJsonAsync();
            missingAfterEach.Add(view.GetProperty("arrival").GetProperty("missing").Strings());
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Created, status));
        // FAL 1 declares passengers, so FAL 6 becomes required (FAL-ARR) until it is filed.
        Assert.Equal(
            [
                ["manifest", "fal3", "fal4", "fal5", "fal6"],
                ["fal3", "fal4", "fal5", "fal6"],
                ["fal4", "fal5", "fal6"],
                ["fal5", "fal6"],
                ["fal6"],
                [],
            ],
            missingAfterEach);
        var final = await (await _agent.GetAsync($"/api/port-calls/{portCallId}")).ReadJsonAsync();
        Assert.True(final.GetProperty("arrival").GetProperty("complete").GetBoolean());
        Assert.Equal(6, final.GetProperty("arrival").GetProperty("documents").GetArrayLength());
        foreach (var (type, content, body) in filings)
        {
            using var get = await _agent.GetAsync($"/api/port-calls/{portCallId}/arrival/{type}");
            Assert.Equal(HttpStatusCode.OK, get.StatusCode);
            Assert.Equal(content.Headers.ContentType!.MediaType, get.MediaType()!.MediaType);
            var bytes = await get.Content.ReadAsByteArrayAsync();
            Assert.Equal(Encoding.UTF8.GetBytes(body), bytes);
            var state = final.GetProperty("arrival").GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("type").GetString() == type);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), state.GetProperty("sha256").GetString());
            Assert.Equal("accepted", state.GetProperty("state").GetString());
        }
    }

    [Fact]
    public async Task List_ByImoAndPort_OnlyMatchingPortCallsNewestFirst()
    {
        var older = await _agent.CreatePortCallAsync(Samples.PortCall(imo: "9176187", port: "LVVNT"));
        var newer = await _agent.CreatePortCallAsync(Samples.PortCall(imo: "IMO 9176187", port: "LVVNT"));
        await _agent.CreatePortCallAsync(Samples.PortCall(imo: "9176187", port: "LVLPX"));

        using var response = await _agent.GetAsync("/api/port-calls?imo=IMO9176187&port=LVVNT");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ids = (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(item => item.GetProperty("portCallId").GetString()!).ToArray();
        Assert.Equal([newer, older], ids);
    }

    [Fact]
    public async Task Create_SameIdempotencyKeyTwice_SamePortCallOnce()
    {
        using var first = new HttpRequestMessage(HttpMethod.Post, "/api/port-calls") { Content = Api.Json(Samples.PortCall(imo: "9321483")) };
        first.Headers.Add("Idempotency-Key", "\"seed-9321483\"");
        using var second = new HttpRequestMessage(HttpMethod.Post, "/api/port-calls") { Content = Api.Json(Samples.PortCall(imo: "9321483")) };
        second.Headers.Add("Idempotency-Key", "\"seed-9321483\"");
        var firstId = (await (await _agent.SendAsync(first)).ReadJsonAsync()).GetProperty("portCallId").GetString();

        using var response = await _agent.SendAsync(second);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(firstId, (await response.ReadJsonAsync()).GetProperty("portCallId").GetString());
        var listed = await (await _agent.GetAsync("/api/port-calls?imo=9321483")).ReadJsonAsync();
        Assert.Equal(1, listed.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Create_SameIdempotencyKeyOtherBody_422AndNoSecondPortCall()
    {
        using var first = new HttpRequestMessage(HttpMethod.Post, "/api/port-calls") { Content = Api.Json(Samples.PortCall(imo: "9176187")) };
        first.Headers.Add("Idempotency-Key", "seed-reused");
        (await _agent.SendAsync(first)).EnsureSuccessStatusCode();
        using var second = new HttpRequestMessage(HttpMethod.Post, "/api/port-calls") { Content = Api.Json(Samples.PortCall(imo: "9176187", voyage: "BT2612")) };
        second.Headers.Add("Idempotency-Key", "seed-reused");

        using var response = await _agent.SendAsync(second);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("https://ics2port.dev/problems/idempotency-key-reused", (await response.ReadJsonAsync()).GetProperty("type").GetString());
        var listed = await (await _agent.GetAsync("/api/port-calls?imo=9176187")).ReadJsonAsync();
        Assert.Equal(["BT2611"], listed.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("voyageNumber").GetString()));
    }
}
