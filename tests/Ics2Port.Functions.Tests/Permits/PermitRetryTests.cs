using System.Net;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Ics2Port.Functions.Tests.Permits;

/// <summary>
/// PERMIT-BEFORE (seed 003: the permit is applied for before the goods are unloaded) for a retry: the same application
/// sent again with its Idempotency-Key after the operation began is the first request, judged as of its first receipt.
/// </summary>
[Collection("azurite")]
public sealed class PermitRetryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly string Application = Samples.Permit().Replace(
        "\"berthInFreeZone\": false,", "\"berthInFreeZone\": false, \"plannedStart\": \"2026-11-23T10:00:00+02:00\",", StringComparison.Ordinal);

    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-23T07:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture));
    private TestApp _app = null!;
    private HttpClient _agent = null!;
    private string _portCallId = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("permitretry"), services: services => services.AddSingleton<TimeProvider>(_time));
        _agent = _app.Client(TestApp.AgentAKey);
        _portCallId = await _agent.CreatePortCallAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Retry_SameKeyAndBodyAfterThePlannedStart_TheFirstReceiptAgain()
    {
        var first = await ApplyAsync("retry-after-start", Application);
        _time.SetUtcNow(DateTimeOffset.Parse("2026-11-23T11:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture));

        var retry = await ApplyAsync("retry-after-start", Application);

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(
            (HttpStatusCode.Created, first.Body.GetProperty("permitId").GetString(), first.Body.GetProperty("receivedAt").GetString()),
            (retry.Status, retry.Body.GetProperty("permitId").GetString(), retry.Body.GetProperty("receivedAt").GetString()));
    }

    [Fact]
    public async Task NewApplication_SameBodyAnotherKeyAfterThePlannedStart_422PermitBefore()
    {
        await ApplyAsync("first-key", Application);
        _time.SetUtcNow(DateTimeOffset.Parse("2026-11-23T11:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture));

        var late = await ApplyAsync("another-key", Application);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.Status);
        Assert.Equal("PERMIT-BEFORE", Assert.Single(late.Body.GetProperty("errors").EnumerateArray()).GetProperty("rule").GetString());
    }

    private async Task<(HttpStatusCode Status, System.Text.Json.JsonElement Body)> ApplyAsync(string key, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/port-calls/{_portCallId}/permits") { Content = Api.Json(body) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await _agent.SendAsync(request);
        return (response.StatusCode, await response.ReadJsonAsync());
    }
}
