namespace Ics2Port.Functions.Tests.Access;

using Ics2Port.Functions.Access;

public class PrincipalTests
{
    [Theory]
    [InlineData("customs:0210", "0210", "LVRIX")]
    [InlineData("customs:0311", "0311", "LVVNT")]
    [InlineData("customs:0411", "0411", "LVLPX")]
    public void TryParse_CustomsControlPoint_KnowsItsPort(string text, string code, string port)
    {
        var parsed = Principal.TryParse(text, out var principal);

        Assert.True(parsed);
        Assert.Equal((PrincipalKind.Customs, code, port, null, text), (principal!.Kind, principal.ControlPoint!.Code, principal.ControlPoint.Port, principal.AgentId, principal.ToString()));
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
}
