namespace Ics2Port.Domain.Tests.Codes;

using Ics2Port.Domain.Codes;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("mkp.0210@vid.gov.lv")]
    [InlineData("ops+rix@baltship.lv")]
    public void TryParse_SaneAddress_ReturnsTrue(string input)
    {
        var parsed = EmailAddress.TryParse(input, out var email);

        Assert.True(parsed);
        Assert.Equal(input, email!.Value);
    }

    [Theory]
    [InlineData("ops.baltship.lv")]
    [InlineData("ops@@baltship.lv")]
    [InlineData("ops@bal@tship.lv")]
    [InlineData("@baltship.lv")]
    [InlineData("ops@localhost")]
    [InlineData("ops@.lv")]
    [InlineData("ops@baltship.")]
    [InlineData("ops@baltship..lv")]
    [InlineData("o ps@baltship.lv")]
    [InlineData(null)]
    public void TryParse_NotAnAddress_ReturnsFalse(string? input)
    {
        var parsed = EmailAddress.TryParse(input, out _);

        Assert.False(parsed);
    }
}
