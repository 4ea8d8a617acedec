using Ics2Port.Functions.Triggers.Envelopes;

namespace Ics2Port.Functions.Tests.Triggers.Envelopes;

public sealed class EnvelopeTimestampTests
{
    // Formats the host has been seen to write (azure-functions-host#7391; "M/d/yyyy h:mm:ss tt" is DateTime.ToString(),
    // as logged in azure-functions-dotnet-worker#954); a value without a zone is UTC.
    [Theory]
    [InlineData("2021-05-17T21:00:00+00:00", "2021-05-17T21:00:00.0000000+00:00")]
    [InlineData("2021-05-17T21:00:00Z", "2021-05-17T21:00:00.0000000+00:00")]
    [InlineData("2021-05-17T20:59:59.9999774", "2021-05-17T20:59:59.9999774+00:00")]
    [InlineData("2021-05-17T21:00:00.163207Z", "2021-05-17T21:00:00.1632070+00:00")]
    [InlineData("2021-05-17T23:00:00.5+02:00", "2021-05-17T23:00:00.5000000+02:00")]
    [InlineData("0001-01-01T00:00:00", "0001-01-01T00:00:00.0000000+00:00")]
    [InlineData("05/17/2021 21:00:00", "2021-05-17T21:00:00.0000000+00:00")]
    [InlineData("5/17/2021 9:00:00 PM", "2021-05-17T21:00:00.0000000+00:00")]
    public void TryParse_FormatTheHostWrites_GivesTheInstant(string text, string expected)
    {
        var parsed = EnvelopeTimestamp.TryParse(text, out var timestamp);

        Assert.Equal((true, expected), (parsed, timestamp.ToString("o", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData(null)]
    public void TryParse_NotATimestamp_ReturnsFalse(string? text)
    {
        var parsed = EnvelopeTimestamp.TryParse(text, out _);

        Assert.False(parsed);
    }
}
