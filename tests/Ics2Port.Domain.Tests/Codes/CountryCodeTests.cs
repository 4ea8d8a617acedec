namespace Ics2Port.Domain.Tests.Codes;

using Ics2Port.Domain.Codes;

public sealed class CountryCodeTests
{
    [Theory]
    [InlineData("LV")]
    [InlineData("DE")]
    [InlineData("SE")]
    [InlineData("AX")]
    [InlineData("SS")]
    [InlineData("XI")]
    public void TryParse_AssignedCode_ReturnsTrue(string input)
    {
        var parsed = CountryCode.TryParse(input, out var country);

        Assert.True(parsed);
        Assert.Equal(input, country!.Value);
    }

    [Theory]
    [InlineData("EU")]
    [InlineData("UK")]
    [InlineData("XK")]
    [InlineData("AN")]
    [InlineData("lv")]
    [InlineData("LVA")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnassignedOrMalformed_ReturnsFalse(string? input)
    {
        var parsed = CountryCode.TryParse(input, out _);

        Assert.False(parsed);
    }

    [Fact]
    public void IsAssigned_EveryTwoLetterCombination_Accepts249CodesAndXi()
    {
        var letters = Enumerable.Range('A', 26).Select(c => (char)c).ToArray();

        var assigned = letters.SelectMany(a => letters.Select(b => $"{a}{b}")).Count(CountryCode.IsAssigned);

        Assert.Equal(250, assigned);
    }
}
