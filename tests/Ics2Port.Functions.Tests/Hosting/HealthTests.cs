using System.Net;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.Hosting;

[Collection("azurite")]
public sealed class HealthTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Health_StorageReachable_200Ok()
    {
        await using var app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("health"));

        using var response = await app.Client(apiKey: null).GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.ReadJsonAsync();
        Assert.Equal("ok", report.GetProperty("storage").GetString());
    }

    [Fact]
    public async Task Health_StorageUnreachable_503Unavailable()
    {
        var deadPort = LoopbackPorts.Free();
        var unreachable = azurite.ConnectionString
            .Replace(azurite.Server.BlobEndpoint.Authority, $"127.0.0.1:{deadPort}", StringComparison.Ordinal)
            .Replace(azurite.Server.TableEndpoint.Authority, $"127.0.0.1:{deadPort}", StringComparison.Ordinal);
        await using var app = await TestApp.StartAsync(unreachable, azurite.UniqueName("health"), new Dictionary<string, string?> { ["Ics2Port:Storage:MaxRetries"] = "0", ["Ics2Port:Storage:CreateLayoutOnStart"] = "false" });

        using var response = await app.Client(apiKey: null).GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var report = await response.ReadJsonAsync();
        Assert.Equal("unavailable", report.GetProperty("storage").GetString());
    }
}
