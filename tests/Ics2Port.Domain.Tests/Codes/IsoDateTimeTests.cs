namespace Ics2Port.Domain.Tests.Codes;

using Ics2Port.Domain.Codes;

public sealed class IsoDateTimeTests
{
    [Theory]
    [InlineData("2026-11-23T06:00:00+02:00", 2)]
    [InlineData("2026-11-23T04:00Z", 0)]
    [InlineData("2026-11-23T06:00:00.123-05:00", -5)]
    public void TryParse_WithOffset_KeepsOffset(string input, int offsetHours)
    {
        var parsed = IsoDateTime.TryParse(input, out var value);

        Assert.True(parsed);
        Assert.Equal(TimeSpan.FromHours(offsetHours), value.Offset);
    }

    [Theory]
    [InlineData("2026-11-23T06:00:00")]
    [InlineData("2026-11-23")]
    [InlineData("2026-11-23 06:00:00+02:00")]
    [InlineData("2026-11-31T06:00:00+02:00")]
    [InlineData("23/11/2026 06:00 +02:00")]
    [InlineData(null)]
    public void TryParse_WithoutOffsetOrMalformed_ReturnsFalse(string? input)
    {
        var parsed = IsoDateTime.TryParse(input, out _);

        Assert.False(parsed);
    }
}
