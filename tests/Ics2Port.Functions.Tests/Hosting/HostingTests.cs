using System.Net;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.Hosting;

[Collection("azurite")]
public sealed class HostingTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("hosting"));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Root_NoKey_200ForTheHostsReadinessProbe()
    {
        using var response = await _app.Client(apiKey: null).GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_NoKey_DocumentWithTheApiPathsAndTheKeyScheme()
    {
        using var response = await _app.Client(apiKey: null).GetAsync("/api/openapi.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ReadJsonAsync();
        Assert.Equal("/api", document.GetProperty("servers")[0].GetProperty("url").GetString());
        var paths = document.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToArray();
        Assert.Contains("/port-calls/{portCallId}/{direction}/{type}", paths);
        Assert.Contains("/port-calls/{portCallId}/permits", paths);
        Assert.Contains("/hs-codes/{code}", paths);
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
    }

    [Fact]
    public async Task OpenApi_BodyRoutes_RequestBodiesWithTheirMediaTypesAndSchemas()
    {
        using var response = await _app.Client(apiKey: null).GetAsync("/api/openapi.json");

        var paths = (await response.ReadJsonAsync()).GetProperty("paths");
        var document = paths.GetProperty("/port-calls/{portCallId}/{direction}/{type}").GetProperty("put").GetProperty("requestBody");
        var portCall = paths.GetProperty("/port-calls").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        var permit = paths.GetProperty("/port-calls/{portCallId}/permits").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.True(document.GetProperty("required").GetBoolean());
        Assert.Equal(
            ["application/json", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
            document.GetProperty("content").EnumerateObject().Select(media => media.Name));
        Assert.Equal(["application/json"], portCall.EnumerateObject().Select(media => media.Name));
        Assert.Equal("#/components/schemas/PortCallRequest", SchemaText(portCall));
        Assert.Equal("#/components/schemas/PermitApplication", SchemaText(permit));
    }

    private static string SchemaText(System.Text.Json.JsonElement content) => content.GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
}
