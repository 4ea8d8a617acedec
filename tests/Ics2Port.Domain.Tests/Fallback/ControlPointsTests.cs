namespace Ics2Port.Domain.Tests.Fallback;

using Ics2Port.Domain.Fallback;

public sealed class ControlPointsTests
{
    [Theory]
    [InlineData("LVRIX", "0210", "mkp.0210@vid.gov.lv")]
    [InlineData("LVVNT", "0311", "mkp.0311@vid.gov.lv")]
    [InlineData("LVLPX", "0411", "mkp.0411@vid.gov.lv")]
    [InlineData("lvvnt", "0311", "mkp.0311@vid.gov.lv")]
    public void ForPort_FB_2_EMAIL_PortOfTheLaw_ControlPointAndAddress(string port, string code, string email)
    {
        var result = ControlPoints.Latvia.ForPort(port);

        Assert.Equal((code, email), (result.Value.Code, result.Value.Email));
    }

    [Theory]
    [InlineData("LVSKU")]
    [InlineData("DEHAM")]
    [InlineData("")]
    [InlineData(null)]
    public void ForPort_FB_WHERE_PortWithoutControlPoint_WhereError(string? port)
    {
        var result = ControlPoints.Latvia.ForPort(port);

        Assert.Equal(FallbackErrorCodes.Where, result.Error!.Code);
    }

    [Fact]
    public void ForPort_FB_WHERE_UnknownPort_MessageNamesKnownPorts()
    {
        var result = ControlPoints.Latvia.ForPort("LVSKU");

        Assert.Equal("No customs control point is known for port 'LVSKU'; known ports: LVLPX, LVRIX, LVVNT.", result.Error!.Message);
    }

    [Fact]
    public void ForPort_LawNamesNoAddress_AddressNull()
    {
        var result = ControlPoints.Latvia.ForPort("LVRIX");

        Assert.Null(result.Value.Address);
    }

    [Fact]
    public void With_ConfiguredEmailAndAddress_ReplacesOnlyThatPort()
    {
        var configured = ControlPoints.Latvia.With("LVVNT", email: "fallback@customs.test", address: "Example street 1, Ventspils");

        Assert.Equal(
            [
                new CustomsControlPoint("LVLPX", "0411", "Liepāja port MKP", "mkp.0411@vid.gov.lv"),
                new CustomsControlPoint("LVRIX", "0210", "Riga Free Port MKP", "mkp.0210@vid.gov.lv"),
                new CustomsControlPoint("LVVNT", "0311", "Ventspils port MKP", "fallback@customs.test", "Example street 1, Ventspils"),
            ],
            configured.All);
    }

    [Fact]
    public void With_AddressOnly_KeepsTheLawsEmail()
    {
        var configured = ControlPoints.Latvia.With("LVRIX", address: "Riga");

        Assert.Equal("mkp.0210@vid.gov.lv", configured.ForPort("LVRIX").Value.Email);
    }

    [Fact]
    public void With_PortWithoutControlPoint_Throws()
    {
        var configure = () => ControlPoints.Latvia.With("LVSKU", email: "x@customs.test");

        Assert.Throws<ArgumentException>(configure);
    }
}
