using System.Net;
using Ics2Port.Functions.Tests.Fallback;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.Documents;

/// <summary>
/// An instance remembers the heads it read or wrote and commits on one without reading it first. Two instances share the
/// storage: when the other one changed the port call, the remembered head is stale, and every answer must still be the one
/// the stored head decides.
/// </summary>
[Collection("azurite")]
public sealed class RememberedHeadTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly StorageTraffic _traffic = new();
    private TestApp _first = null!;
    private TestApp _second = null!;
    private HttpClient _agentOnFirst = null!;
    private HttpClient _agentOnSecond = null!;
    private string _portCallId = null!;

    public async Task InitializeAsync()
    {
        var prefix = azurite.UniqueName("heads");
        _first = await TestApp.StartAsync(azurite.ConnectionString, prefix, services: _traffic.AddTo);
        _second = await TestApp.StartAsync(azurite.ConnectionString, prefix);
        _agentOnFirst = _first.Client(TestApp.AgentAKey);
        _agentOnSecond = _second.Client(TestApp.AgentAKey);
        _portCallId = await _agentOnFirst.CreatePortCallAsync();
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    [Fact]
    public async Task Put_OnTheInstanceThatWroteTheHeadLast_OneRoundTrip()
    {
        var (first, firstTrips) = await _traffic.CountAsync(() => PutAsync(_agentOnFirst, "fal1", Samples.Fal1(crew: 3)));
        var (second, secondTrips) = await _traffic.CountAsync(() => PutAsync(_agentOnFirst, "fal5", Samples.Fal5Csv(crew: 3)));

        Assert.Equal((HttpStatusCode.Created, 1), (first.Status, firstTrips.Count));
        Assert.Equal((HttpStatusCode.Created, 1), (second.Status, secondTrips.Count));
        Assert.All(firstTrips.Concat(secondTrips), trip => Assert.EndsWith("/$batch", trip, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Put_AfterTheOtherInstanceFiledAVersion_NextVersionWithoutGap()
    {
        await PutAsync(_agentOnFirst, "fal1", Samples.Fal1(crew: 3));
        var onSecond = await PutAsync(_agentOnSecond, "fal1", Samples.Fal1(crew: 4));

        var (third, trips) = await _traffic.CountAsync(() => PutAsync(_agentOnFirst, "fal1", Samples.Fal1(crew: 5)));

        Assert.Equal((HttpStatusCode.OK, "\"v2\""), (onSecond.Status, onSecond.ETag));
        Assert.Equal((HttpStatusCode.OK, "\"v3\""), (third.Status, third.ETag));
        // The transaction on the stale head fails, the head is read, the transaction holds.
        Assert.Equal(3, trips.Count);
        var versions = await _agentOnSecond.GetFromJsonElementAsync($"/api/port-calls/{_portCallId}/arrival/fal1/versions");
        Assert.Equal([1, 2, 3], versions.GetProperty("items").EnumerateArray().Select(version => version.GetProperty("version").GetInt32()).Order());
    }

    [Fact]
    public async Task Put_InTurnWithTheOtherInstance_ReadsFirstOnceTheOtherIsSeen_AndCommitsAloneAgainWhenItStops()
    {
        await PutAsync(_agentOnFirst, "fal1", Samples.Fal1(crew: 1));
        var trips = new List<int>();
        for (var crew = 2; crew <= 8; crew += 2)
        {
            await PutAsync(_agentOnSecond, "fal1", Samples.Fal1(crew: crew));
            var (inTurn, requests) = await _traffic.CountAsync(() => PutAsync(_agentOnFirst, "fal1", Samples.Fal1(crew: crew + 1)));
            Assert.Equal(HttpStatusCode.OK, inTurn.Status);
            trips.Add(requests.Count);
        }

        var (_, firstAlone) = await _traffic.CountAsync(() => PutAsync(_agentOnFirst, "fal1", Samples.Fal1(crew: 20)));
        var (_, secondAlone) = await _traffic.CountAsync(() => PutAsync(_agentOnFirst, "fal1", Samples.Fal1(crew: 21)));

        // The first stale head costs a failed transaction; after that the head is read first, until no one else writes.
        Assert.Equal([3, 2, 2, 2], trips);
        Assert.Equal((2, 1), (firstAlone.Count, secondAlone.Count));
        var versions = await _agentOnSecond.GetFromJsonElementAsync($"/api/port-calls/{_portCallId}/arrival/fal1/versions");
        Assert.Equal(Enumerable.Range(1, 11), versions.GetProperty("items").EnumerateArray().Select(version => version.GetProperty("version").GetInt32()).Order());
    }

    [Fact]
    public async Task Put_CrewListMatchingOnlyTheDeclarationTheFirstInstanceRemembers_Refused()
    {
        await PutAsync(_agentOnFirst, "fal1", Samples.Fal1(crew: 3));
        await PutAsync(_agentOnSecond, "fal1", Samples.Fal1(crew: 4));

        var crewList = await PutAsync(_agentOnFirst, "fal5", Samples.Fal5Csv(crew: 3));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, crewList.Status);
        using var missing = await _agentOnSecond.GetAsync($"/api/port-calls/{_portCallId}/arrival/fal5");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Put_CrewListMatchingOnlyTheDeclarationTheOtherInstanceFiled_Accepted()
    {
        await PutAsync(_agentOnFirst, "fal1", Samples.Fal1(crew: 3));
        await PutAsync(_agentOnSecond, "fal1", Samples.Fal1(crew: 4));

        var crewList = await PutAsync(_agentOnFirst, "fal5", Samples.Fal5Csv(crew: 4));

        Assert.Equal(HttpStatusCode.Created, crewList.Status);
    }

    [Fact]
    public async Task Put_IfMatchOfTheVersionTheOtherInstanceFiled_Accepted()
    {
        await PutAsync(_agentOnFirst, "fal1", Samples.Fal1(crew: 3));
        var onSecond = await PutAsync(_agentOnSecond, "fal1", Samples.Fal1(crew: 4));

        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/port-calls/{_portCallId}/arrival/fal1") { Content = Api.Json(Samples.Fal1(crew: 5)) };
        request.Headers.TryAddWithoutValidation("If-Match", onSecond.ETag);
        using var current = await _agentOnFirst.SendAsync(request);

        Assert.Equal((HttpStatusCode.OK, "\"v3\""), (current.StatusCode, current.Headers.ETag?.Tag));
    }

    [Fact]
    public async Task Put_BodyTheFirstInstanceRemembersAsLatestAfterTheOtherFiledAnother_StoredAsANewVersion()
    {
        await PutAsync(_agentOnFirst, "fal1", Samples.Fal1(crew: 3));
        await PutAsync(_agentOnSecond, "fal1", Samples.Fal1(crew: 4));

        var again = await PutAsync(_agentOnFirst, "fal1", Samples.Fal1(crew: 3));

        Assert.Equal((HttpStatusCode.OK, "\"v3\""), (again.Status, again.ETag));
    }

    [Fact]
    public async Task Put_StaleIfMatchDecidedOnTheStoredHead_PreconditionFailed()
    {
        var first = await PutAsync(_agentOnFirst, "fal1", Samples.Fal1(crew: 3));
        await PutAsync(_agentOnSecond, "fal1", Samples.Fal1(crew: 4));

        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/port-calls/{_portCallId}/arrival/fal1") { Content = Api.Json(Samples.Fal1(crew: 5)) };
        request.Headers.TryAddWithoutValidation("If-Match", first.ETag);
        using var stale = await _agentOnFirst.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }

    private async Task<(HttpStatusCode Status, string? ETag)> PutAsync(HttpClient agent, string type, string body)
    {
        using var content = type == "fal5" ? Api.Csv(body) : Api.Json(body);
        using var response = await agent.PutDocumentAsync(_portCallId, "arrival", type, content);
        return (response.StatusCode, response.Headers.ETag?.Tag);
    }
}
