namespace Ics2Port.Functions.Tests.Packaging;

public sealed class FunctionRouteTemplateTests
{
    [Theory]
    [InlineData("port-calls/{*rest}", "port-calls", true)]
    [InlineData("port-calls/{*rest}", "port-calls/PC-1/arrival/fal1", true)]
    [InlineData("port-calls/{*rest}", "permits/PM-1", false)]
    [InlineData("hs-codes/{code?}", "hs-codes", true)]
    [InlineData("hs-codes/{code?}", "hs-codes/4407", true)]
    [InlineData("hs-codes/{code?}", "hs-codes/4407/extra", false)]
    [InlineData("permits/{permitId}", "permits", false)]
    [InlineData("permits/{permitId:alpha}", "Permits/PM-1", true)]
    [InlineData("system/status", "system/outages", false)]
    public void Matches_Path_FollowsRouteTemplateRules(string template, string path, bool expected)
    {
        var route = FunctionRouteTemplate.Parse(template);

        var matches = route.Matches(path);

        Assert.Equal(expected, matches);
    }

    [Theory]
    [InlineData("port-calls/{*rest}/permits")]
    [InlineData("hs-codes/{code?}/details")]
    [InlineData("files/{name}.{ext}")]
    public void Parse_UnsupportedTemplate_Throws(string template)
    {
        var parse = () => FunctionRouteTemplate.Parse(template);

        Assert.Throws<FormatException>(parse);
    }
}
