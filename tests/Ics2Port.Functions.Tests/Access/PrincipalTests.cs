namespace Ics2Port.Functions.Tests.Access;

using Ics2Port.Functions.Access;

public sealed class PrincipalTests
{
    [Theory]
    [InlineData("customs:0210", "0210", "LVRIX")]
    [InlineData("customs:0311", "0311", "LVVNT")]
    [InlineData("customs:0411", "0411", "LVLPX")]
    public void TryParse_CustomsControlPoint_KnowsItsPort(string text, string code, string port)
    {
        var parsed = Principal.TryParse(text, out var principal);

        Assert.True(parsed);
        Assert.Equal((PrincipalKind.Customs, code, port, null, null, text), (principal!.Kind, principal.ControlPoint!.Code, principal.ControlPoint.Port, principal.AgentId, principal.SupplierId, principal.ToString()));
    }

    [Theory]
    [InlineData("supplier:SU-BALTCHANDLER", PrincipalKind.Supplier, null, "SU-BALTCHANDLER")]
    [InlineData("agent:AG-BALTSHIP", PrincipalKind.Agent, "AG-BALTSHIP", null)]
    [InlineData("authority", PrincipalKind.Authority, null, null)]
    public void TryParse_EachKind_ItsIdsAndTheSameTextBack(string text, PrincipalKind kind, string? agentId, string? supplierId)
    {
        var parsed = Principal.TryParse(text, out var principal);

        Assert.True(parsed);
        Assert.Equal((kind, agentId, supplierId, null, text), (principal!.Kind, principal.AgentId, principal.SupplierId, principal.ControlPoint, principal.ToString()));
    }

    [Theory]
    [InlineData("customs:0999")]
    [InlineData("customs:")]
    [InlineData("customs:LVRIX")]
    public void TryParse_UnknownControlPoint_NoPrincipal(string text)
    {
        var parsed = Principal.TryParse(text, out var principal);

        Assert.False(parsed);
        Assert.Null(principal);
    }

    [Theory]
    [InlineData("AG-A", "LVRIX", true)]
    [InlineData("AG-B", "LVRIX", true)]
    [InlineData("AG-A", "LVVNT", false)]
    public void MaySee_Customs_ThePortCallsOfTheirPortOnly(string agentId, string port, bool expected)
    {
        var customs = Principal.Customs("0210");

        var maySee = customs.MaySee(agentId, port);

        Assert.Equal(expected, maySee);
        Assert.False(customs.ReadsEveryAgent);
    }

    [Theory]
    [InlineData("AG-A", "LVVNT", true)]
    [InlineData("AG-B", "LVRIX", false)]
    public void MaySee_Agent_ItsOwnPortCallsAtAnyPort(string agentId, string port, bool expected)
    {
        var maySee = Principal.Agent("AG-A").MaySee(agentId, port);

        Assert.Equal(expected, maySee);
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

    [Theory]
    [InlineData("AG-A", "LVRIX")]
    [InlineData("SU-A", "LVVNT")]
    public void MaySee_Supplier_NoPortCall(string agentId, string port)
    {
        var supplier = Principal.Supplier("SU-A");

        var maySee = supplier.MaySee(agentId, port);

        Assert.False(maySee);
        Assert.False(supplier.ReadsEveryAgent);
    }
}
