using System.Net;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.Documents;

/// <summary>
/// Storage round trips per request, counted on the wire of the app's SDK clients: a submission reads the port call's head
/// once and commits with one transaction; nothing on the way grows with the port call's history.
/// </summary>
[Collection("azurite")]
public sealed class RoundTripTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly StorageTraffic _traffic = new();
    private TestApp _app = null!;
    private HttpClient _agent = null!;
    private string _portCallId = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("trips"), services: _traffic.AddTo);
        _agent = _app.Client(TestApp.AgentAKey);
        _portCallId = await _agent.CreatePortCallAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Put_NewVersionsOfADocumentWithHistory_TwoRoundTripsEachAndNoMoreForTheTwentiethThanForTheFirst()
    {
        await PutAsync("fal1", Api.Json(Samples.Fal1()));
        var trips = new List<int>();
        for (var quantity = 1; quantity <= 20; quantity++)
        {
            var (status, requests) = await _traffic.CountAsync(() => PutAsync("fal3", Api.Json(Samples.Fal3(quantity))));
            Assert.True(status is HttpStatusCode.Created or HttpStatusCode.OK, $"Version {quantity} answered {status}.");
            trips.Add(requests.Count);
        }

        Assert.All(trips, count => Assert.True(count <= 2, $"A new version took {count} round trips: {string.Join(", ", trips)}."));
    }

    [Fact]
    public async Task Put_IdenticalResend_AtMostTwoRoundTrips()
    {
        await PutAsync("fal4", Api.Json(Samples.Fal4));

        var (status, requests) = await _traffic.CountAsync(() => PutAsync("fal4", Api.Json(Samples.Fal4)));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(requests.Count <= 2, string.Join("; ", requests));
    }

    [Fact]
    public async Task Put_StaleIfMatchOrInvalid_OneRoundTrip()
    {
        await PutAsync("fal1", Api.Json(Samples.Fal1(crew: 3)));

        var (stale, staleRequests) = await _traffic.CountAsync(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/port-calls/{_portCallId}/arrival/fal1") { Content = Api.Json(Samples.Fal1(crew: 4)) };
            request.Headers.TryAddWithoutValidation("If-Match", "\"v7\"");
            using var response = await _agent.SendAsync(request);
            return response.StatusCode;
        });
        var (invalid, invalidRequests) = await _traffic.CountAsync(() => PutAsync("fal5", Api.Csv(Samples.Fal5Csv(crew: 5))));

        Assert.Equal((HttpStatusCode.PreconditionFailed, 1), (stale, staleRequests.Count));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, 1), (invalid, invalidRequests.Count));
    }

    [Fact]
    public async Task GetPortCall_WithDocuments_OnePointRead()
    {
        await PutAsync("fal1", Api.Json(Samples.Fal1()));
        await PutAsync("fal5", Api.Csv(Samples.Fal5Csv()));

        var (status, requests) = await _traffic.CountAsync(async () =>
        {
            using var response = await _agent.GetAsync($"/api/port-calls/{_portCallId}");
            return response.StatusCode;
        });

        Assert.Equal((HttpStatusCode.OK, 1), (status, requests.Count));
        Assert.StartsWith("GET ", requests[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_BodyLargerThanTheInlineLimit_ThreeRoundTripsAndReadBackByteForByte()
    {
        var body = Samples.Fal5Csv(crew: 6000);
        Assert.True(body.Length > Ics2Port.Storage.Documents.DocumentStore.InlineLimit);

        var (status, requests) = await _traffic.CountAsync(() => PutAsync("fal5", Api.Csv(body)));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.True(requests.Count <= 3, string.Join("; ", requests));
        Assert.Equal(body, await _agent.GetStringAsync($"/api/port-calls/{_portCallId}/arrival/fal5"));
    }

    private async Task<HttpStatusCode> PutAsync(string type, HttpContent content)
    {
        using var response = await _agent.PutDocumentAsync(_portCallId, "arrival", type, content);
        return response.StatusCode;
    }
}
