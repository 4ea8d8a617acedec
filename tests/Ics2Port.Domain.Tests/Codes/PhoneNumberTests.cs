namespace Ics2Port.Domain.Tests.Codes;

using Ics2Port.Domain.Codes;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("+371 67 123 456", "+37167123456")]
    [InlineData("+371-67123456", "+37167123456")]
    [InlineData("67123456", "67123456")]
    [InlineData("123456", "123456")]
    [InlineData("+123456789012345", "+123456789012345")]
    public void TryParse_DigitsWithSeparators_ReturnsDigits(string input, string expected)
    {
        var parsed = PhoneNumber.TryParse(input, out var phone);

        Assert.True(parsed);
        Assert.Equal(expected, phone!.Value);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("+1234567890123456")]
    [InlineData("+371 (67) 123456")]
    [InlineData("call 67123456")]
    [InlineData("++37167123456")]
    [InlineData("-67123456")]
    [InlineData(null)]
    public void TryParse_TooShortTooLongOrLetters_ReturnsFalse(string? input)
    {
        var parsed = PhoneNumber.TryParse(input, out _);

        Assert.False(parsed);
    }
}
