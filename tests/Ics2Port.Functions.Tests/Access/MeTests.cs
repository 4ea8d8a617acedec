using System.Net;
using System.Text.Json;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.Access;

/// <summary><c>GET /api/me</c> names the principal of the key, so that a client shows each kind its own screen.</summary>
[Collection("azurite")]
public sealed class MeTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("me"));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData(TestApp.AgentAKey, "agent", TestApp.AgentA, "agent:" + TestApp.AgentA)]
    [InlineData(TestApp.AgentBKey, "agent", TestApp.AgentB, "agent:" + TestApp.AgentB)]
    [InlineData(TestApp.AuthorityKey, "authority", "authority", "authority")]
    [InlineData(TestApp.SupplierAKey, "supplier", TestApp.SupplierA, "supplier:" + TestApp.SupplierA)]
    public async Task Me_AgentAuthorityOrSupplier_ItsKindAndIdWithoutPort(string key, string kind, string id, string principal)
    {
        var me = await GetMeAsync(key);

        Assert.Equal(
            (kind, id, principal, false, false),
            (me.GetProperty("kind").GetString(), me.GetProperty("id").GetString(), me.GetProperty("principal").GetString(),
                me.TryGetProperty("port", out _), me.TryGetProperty("controlPoint", out _)));
    }

    [Theory]
    [InlineData(TestApp.CustomsRigaKey, "0210", "LVRIX")]
    [InlineData(TestApp.CustomsVentspilsKey, "0311", "LVVNT")]
    public async Task Me_Customs_ItsControlPointAndPort(string key, string controlPoint, string port)
    {
        var me = await GetMeAsync(key);

        Assert.Equal(
            ("customs", controlPoint, "customs:" + controlPoint, port, controlPoint),
            (me.GetProperty("kind").GetString(), me.GetProperty("id").GetString(), me.GetProperty("principal").GetString(),
                me.GetProperty("port").GetString(), me.GetProperty("controlPoint").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(me.GetProperty("controlPointName").GetString()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-key")]
    public async Task Me_WithoutARecognisedKey_401Unauthorized(string? key)
    {
        using var response = await _app.Client(key).GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<JsonElement> GetMeAsync(string key)
    {
        using var response = await _app.Client(key).GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }
}
