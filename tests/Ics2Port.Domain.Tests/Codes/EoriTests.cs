namespace Ics2Port.Domain.Tests.Codes;

using Ics2Port.Domain.Codes;

public sealed class EoriTests
{
    [Theory]
    [InlineData("LV40003012345")]
    [InlineData("DE1234567")]
    [InlineData("GB123456789000")]
    [InlineData("XI123456789000")]
    [InlineData("NL123456789ABCDEF")]
    public void TryParse_CountryAndIdentifier_ReturnsTrue(string input)
    {
        var parsed = Eori.TryParse(input, out var eori);

        Assert.True(parsed);
        Assert.Equal(input[..2], eori!.Country);
    }

    [Theory]
    [InlineData("LV123")]
    [InlineData("LV400030123456")]
    [InlineData("LV4000301234A")]
    [InlineData("EU1234567")]
    [InlineData("DE")]
    [InlineData("DE1234567890123456")]
    [InlineData("DE12-345")]
    [InlineData("de1234567")]
    [InlineData(null)]
    public void TryParse_BadCountryOrIdentifier_ReturnsFalse(string? input)
    {
        var parsed = Eori.TryParse(input, out _);

        Assert.False(parsed);
    }
}
