namespace Ics2Port.Domain.Tests.Codes;

using Ics2Port.Domain.Codes;

public sealed class HsCodeTests
{
    [Theory]
    [InlineData("4407", "4407", true)]
    [InlineData("4407 10", "440710", false)]
    [InlineData("4407.10.91", "44071091", false)]
    [InlineData("0101", "0101", true)]
    [InlineData("9706", "9706", true)]
    public void TryParse_FourSixOrEightDigits_NormalisesDigits(string input, string expected, bool headingOnly)
    {
        var parsed = HsCode.TryParse(input, out var code);

        Assert.True(parsed);
        Assert.Equal((expected, expected[..4], headingOnly), (code!.Value, code.Heading, code.IsHeadingOnly));
    }

    [Theory]
    [InlineData("44")]
    [InlineData("44071")]
    [InlineData("440710910")]
    [InlineData("0001")]
    [InlineData("7701")]
    [InlineData("9801")]
    [InlineData("44A7")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_BadLengthOrChapter_ReturnsFalse(string? input)
    {
        var parsed = HsCode.TryParse(input, out _);

        Assert.False(parsed);
    }
}
