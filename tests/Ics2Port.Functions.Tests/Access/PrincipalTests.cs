using Ics2Port.Functions.Access;

namespace Ics2Port.Functions.Tests.Access;

public sealed class PrincipalTests
{
    [Theory]
    [InlineData("supplier:SU-BALTCHANDLER", PrincipalKind.Supplier, null, "SU-BALTCHANDLER")]
    [InlineData("agent:AG-BALTSHIP", PrincipalKind.Agent, "AG-BALTSHIP", null)]
    [InlineData("authority", PrincipalKind.Authority, null, null)]
    public void TryParse_EachKind_ItsIdsAndTheSameTextBack(string text, PrincipalKind kind, string? agentId, string? supplierId)
    {
        var parsed = Principal.TryParse(text, out var principal);

        Assert.True(parsed);
        Assert.Equal((kind, agentId, supplierId, text), (principal!.Kind, principal.AgentId, principal.SupplierId, principal.ToString()));
    }

    [Theory]
    [InlineData("supplier:")]
    [InlineData("supplier:su-lower")]
    [InlineData("supplier")]
    [InlineData("SUPPLIER:SU-1")]
    public void TryParse_MalformedSupplier_False(string text)
    {
        var parsed = Principal.TryParse(text, out _);

        Assert.False(parsed);
    }
}
