namespace Ics2Port.Domain.Tests.Codes;

using Ics2Port.Domain.Codes;

public sealed class ImoNumberTests
{
    [Theory]
    [InlineData("9074729", "9074729")]
    [InlineData("IMO9074729", "9074729")]
    [InlineData("IMO 9176187", "9176187")]
    [InlineData("imo9074729", "9074729")]
    public void TryParse_ValidCheckDigit_ReturnsSevenDigits(string input, string expected)
    {
        var parsed = ImoNumber.TryParse(input, out var imo);

        Assert.True(parsed);
        Assert.Equal(expected, imo!.Value);
    }

    [Theory]
    [InlineData("9074720")]
    [InlineData("907472")]
    [InlineData("90747290")]
    [InlineData("IMO")]
    [InlineData("907472X")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_WrongCheckDigitOrShape_ReturnsFalse(string? input)
    {
        var parsed = ImoNumber.TryParse(input, out var imo);

        Assert.False(parsed);
        Assert.Null(imo);
    }
}
