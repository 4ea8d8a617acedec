namespace Ics2Port.Domain.Tests.Codes;

using Ics2Port.Domain.Codes;

public sealed class UnLocodeTests
{
    [Theory]
    [InlineData("LVRIX", "LVRIX")]
    [InlineData("LV VNT", "LVVNT")]
    [InlineData("SEGOT", "SEGOT")]
    [InlineData("DEHAM", "DEHAM")]
    [InlineData("NLRT2", "NLRT2")]
    public void TryParse_CountryAndLocation_ReturnsCode(string input, string expected)
    {
        var parsed = UnLocode.TryParse(input, out var locode);

        Assert.True(parsed);
        Assert.Equal(expected, locode!.Value);
    }

    [Theory]
    [InlineData("XXRIX")]
    [InlineData("LVRI1")]
    [InlineData("LVRI0")]
    [InlineData("lvrix")]
    [InlineData("LVRI")]
    [InlineData("LVRIXX")]
    [InlineData(null)]
    public void TryParse_UnknownCountryOrBadLocation_ReturnsFalse(string? input)
    {
        var parsed = UnLocode.TryParse(input, out _);

        Assert.False(parsed);
    }
}
