using System.Net;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.Permits;

[Collection("azurite")]
public sealed class PermitApplicationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestApp _app = null!;
    private HttpClient _agent = null!;
    private string _portCallId = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("permits"));
        _agent = _app.Client(TestApp.AgentAKey);
        _portCallId = await _agent.CreatePortCallAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Apply_WithoutCustomsReferenceOutsideFreeZone_201ReceiptWithPermitCustomsRefWarning()
    {
        using var response = await _agent.PostAsync($"/api/port-calls/{_portCallId}/permits", Api.Json(Samples.Permit(customsReference: null)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await response.ReadJsonAsync();
        var permitId = receipt.GetProperty("permitId").GetString()!;
        Assert.Matches("^pm-[a-z2-7]{10}$", permitId);
        Assert.Equal($"/api/permits/{permitId}", response.Headers.Location!.OriginalString);
        Assert.Equal(_portCallId, receipt.GetProperty("portCallId").GetString());
        Assert.Equal("accepted", receipt.GetProperty("state").GetString());
        Assert.Contains(receipt.GetProperty("warnings").EnumerateArray(), warning => warning.GetProperty("rule").GetString() == "PERMIT-CUSTOMS-REF");
    }

    [Fact]
    public async Task Apply_ItemAtAnotherBerth_422PermitOneBerthOnThatItem()
    {
        using var response = await _agent.PostAsync($"/api/port-calls/{_portCallId}/permits", Api.Json(Samples.Permit(itemBerth: "RIX-FZ-3")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single((await response.ReadJsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal("/items/1/berth", error.GetProperty("pointer").GetString());
        Assert.Equal("PERMIT-ONE-BERTH", error.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Apply_SameIdempotencyKeyAndBody_TheFirstReceiptAgain()
    {
        var first = await ApplyAsync("key-same-body", Samples.Permit());

        var again = await ApplyAsync("key-same-body", Samples.Permit());

        Assert.Equal(HttpStatusCode.Created, again.Status);
        Assert.Equal(first.Body.GetProperty("permitId").GetString(), again.Body.GetProperty("permitId").GetString());
        Assert.Equal(first.Body.GetProperty("receivedAt").GetString(), again.Body.GetProperty("receivedAt").GetString());
    }

    [Fact]
    public async Task Apply_SameIdempotencyKeyOtherBody_422Consistency()
    {
        await ApplyAsync("key-other-body", Samples.Permit());

        var reused = await ApplyAsync("key-other-body", Samples.Permit(hsCode: "4403"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.Status);
        Assert.Equal("https://ics2port.dev/problems/idempotency-key-reused", reused.Body.GetProperty("type").GetString());
        Assert.Equal("CONSISTENCY", reused.Body.GetProperty("errors")[0].GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Apply_ConcurrentRepeatsOfOneKey_OnePermit()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => ApplyAsync("key-concurrent", Samples.Permit())));

        Assert.All(attempts, attempt => Assert.Equal(HttpStatusCode.Created, attempt.Status));
        Assert.Single(attempts.Select(attempt => attempt.Body.GetProperty("permitId").GetString()).Distinct());
    }

    [Fact]
    public async Task Get_OwnPermit_ApplicationAsFiled()
    {
        var applied = await ApplyAsync("key-read-back", Samples.Permit());

        using var response = await _agent.GetAsync($"/api/permits/{applied.Body.GetProperty("permitId").GetString()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var permit = await response.ReadJsonAsync();
        Assert.Equal(TestApp.AgentA, permit.GetProperty("agentId").GetString());
        Assert.Equal("RIX-KS-12", permit.GetProperty("application").GetProperty("berth").GetString());
        Assert.Equal(applied.Body.GetProperty("sha256").GetString(), permit.GetProperty("sha256").GetString());
    }

    private async Task<(HttpStatusCode Status, System.Text.Json.JsonElement Body)> ApplyAsync(string key, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/port-calls/{_portCallId}/permits") { Content = Api.Json(body) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await _agent.SendAsync(request);
        return (response.StatusCode, await response.ReadJsonAsync());
    }
}
