namespace Ics2Port.Domain.Tests.Codes;

using Ics2Port.Domain.Codes;

public sealed class ContainerNumberTests
{
    [Theory]
    [InlineData("CSQU3054383", "CSQU3054383")]
    [InlineData("CSQU 305438 3", "CSQU3054383")]
    [InlineData("MSCU1234566", "MSCU1234566")]
    [InlineData("ABCZ0000005", "ABCZ0000005")]
    [InlineData("ABCJ9999991", "ABCJ9999991")]
    public void TryParse_ValidCheckDigit_ReturnsNormalisedNumber(string input, string expected)
    {
        var parsed = ContainerNumber.TryParse(input, out var container);

        Assert.True(parsed);
        Assert.Equal(expected, container!.Value);
    }

    [Theory]
    [InlineData("TEXU3070070")]
    [InlineData("CSQU3054384")]
    [InlineData("CSQX3054383")]
    [InlineData("csqu3054383")]
    [InlineData("CSQU305438")]
    [InlineData("CS1U3054383")]
    [InlineData(null)]
    public void TryParse_WrongCheckDigitOrShape_ReturnsFalse(string? input)
    {
        var parsed = ContainerNumber.TryParse(input, out _);

        Assert.False(parsed);
    }
}
