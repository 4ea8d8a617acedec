using System.Net;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.Documents;

[Collection("azurite")]
public sealed class DocumentVersioningTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestApp _app = null!;
    private HttpClient _agent = null!;
    private string _portCallId = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("versions"));
        _agent = _app.Client(TestApp.AgentAKey);
        _portCallId = await _agent.CreatePortCallAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Put_IdenticalBodyAgain_200WithTheSameReceipt()
    {
        using var first = await _agent.PutDocumentAsync(_portCallId, "arrival", "fal3", Api.Json(Samples.Fal3(quantity: 10)));
        var receipt = await first.ReadJsonAsync();

        using var again = await _agent.PutDocumentAsync(_portCallId, "arrival", "fal3", Api.Json(Samples.Fal3(quantity: 10)));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var replay = await again.ReadJsonAsync();
        Assert.Equal(1, replay.GetProperty("version").GetInt32());
        Assert.Equal($"{_portCallId}-arrival-fal3", replay.GetProperty("documentId").GetString());
        Assert.Equal(receipt.GetProperty("documentId").GetString(), replay.GetProperty("documentId").GetString());
        Assert.Equal(receipt.GetProperty("receivedAt").GetString(), replay.GetProperty("receivedAt").GetString());
        Assert.Equal(receipt.GetProperty("sha256").GetString(), replay.GetProperty("sha256").GetString());
        Assert.Equal("\"v1\"", again.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task Put_NewBody_200WithVersion2AndTheSameDocumentId()
    {
        using var first = await _agent.PutDocumentAsync(_portCallId, "arrival", "fal4", Api.Json(Samples.Fal4));

        using var second = await _agent.PutDocumentAsync(_portCallId, "arrival", "fal4", Api.Json(Samples.Fal4.Replace("Camera", "Laptop", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var receipt = await second.ReadJsonAsync();
        Assert.Equal(2, receipt.GetProperty("version").GetInt32());
        Assert.Equal((await first.ReadJsonAsync()).GetProperty("documentId").GetString(), receipt.GetProperty("documentId").GetString());
        Assert.Equal("accepted", receipt.GetProperty("state").GetString());
        Assert.Equal("\"v2\"", second.Headers.ETag!.ToString());
        var latest = await (await _agent.GetAsync($"/api/port-calls/{_portCallId}/arrival/fal4")).Content.ReadAsStringAsync();
        Assert.Contains("Laptop", latest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_CurrentIfMatch_StoresTheNextVersion()
    {
        using var first = await _agent.PutDocumentAsync(_portCallId, "departure", "fal4", Api.Json(Samples.Fal4));
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/port-calls/{_portCallId}/departure/fal4")
        {
            Content = Api.Json(Samples.Fal4.Replace("Camera", "Guitar", StringComparison.Ordinal)),
        };
        request.Headers.IfMatch.Add(first.Headers.ETag!);

        using var response = await _agent.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.ReadJsonAsync()).GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData("\"v1\"")]
    [InlineData("*")]
    public async Task Put_IfMatchBeforeAnyVersion_412AndNothingStored(string ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/port-calls/{_portCallId}/arrival/fal4") { Content = Api.Json(Samples.Fal4) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);

        using var response = await _agent.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        using var stored = await _agent.GetAsync($"/api/port-calls/{_portCallId}/arrival/fal4/versions");
        Assert.Equal(0, (await stored.ReadJsonAsync()).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Put_IfNoneMatchStarWhenAVersionExists_412AndTheVersionStays()
    {
        (await _agent.PutDocumentAsync(_portCallId, "arrival", "fal4", Api.Json(Samples.Fal4))).EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/port-calls/{_portCallId}/arrival/fal4")
        {
            Content = Api.Json(Samples.Fal4.Replace("Camera", "Lamp", StringComparison.Ordinal)),
        };
        request.Headers.IfNoneMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Any);

        using var response = await _agent.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        var latest = await (await _agent.GetAsync($"/api/port-calls/{_portCallId}/arrival/fal4")).Content.ReadAsStringAsync();
        Assert.Contains("Camera", latest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_ParallelDifferentBodies_VersionsOneToNWithoutGapsOrDuplicates()
    {
        const int submissions = 12;

        var responses = await Task.WhenAll(Enumerable.Range(1, submissions).Select(quantity =>
            _agent.PutDocumentAsync(_portCallId, "departure", "fal3", Api.Json(Samples.Fal3(quantity: 1000 + quantity)))));

        Assert.All(responses, response => Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString()));
        var versions = new List<int>();
        foreach (var response in responses)
        {
            versions.Add((await response.ReadJsonAsync()).GetProperty("version").GetInt32());
        }

        Assert.Equal(Enumerable.Range(1, submissions), versions.Order());
        Assert.Equal(1, responses.Count(response => response.StatusCode == HttpStatusCode.Created));
        var listed = await (await _agent.GetAsync($"/api/port-calls/{_portCallId}/departure/fal3/versions")).ReadJsonAsync();
        Assert.Equal(Enumerable.Range(1, submissions), listed.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task GetVersion_EachVersion_ServesItsOwnBody()
    {
        await _agent.PutDocumentAsync(_portCallId, "arrival", "fal6", Api.Json(Samples.Fal6(passengers: 1)));
        await _agent.PutDocumentAsync(_portCallId, "arrival", "fal6", Api.Json(Samples.Fal6(passengers: 2)));

        using var first = await _agent.GetAsync($"/api/port-calls/{_portCallId}/arrival/fal6/versions/1");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(Samples.Fal6(passengers: 1), await first.Content.ReadAsStringAsync());
        Assert.Equal("\"v1\"", first.Headers.ETag!.ToString());
    }
}
