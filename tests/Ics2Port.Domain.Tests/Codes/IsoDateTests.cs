namespace Ics2Port.Domain.Tests.Codes;

using Ics2Port.Domain.Codes;

public sealed class IsoDateTests
{
    [Fact]
    public void TryParse_CalendarDate_ReturnsDate()
    {
        var parsed = IsoDate.TryParse("2026-11-23", out var date);

        Assert.True(parsed);
        Assert.Equal(new DateOnly(2026, 11, 23), date);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("23.11.2026")]
    [InlineData("2026-11-23T06:00:00+02:00")]
    [InlineData("2026-1-3")]
    [InlineData(null)]
    public void TryParse_NotYearMonthDay_ReturnsFalse(string? input)
    {
        var parsed = IsoDate.TryParse(input, out _);

        Assert.False(parsed);
    }
}
