using System.Text.Json;
using Ics2Port.Functions.Triggers.Envelopes;

namespace Ics2Port.Functions.Tests.Triggers.Envelopes;

public sealed class EnvelopeValuesTests
{
    [Theory]
    [InlineData("\"plain\"", "plain")]
    [InlineData("\"\\\"double\\\"\"", "double")]
    [InlineData("\"\\\"\\\\\\\"triple\\\\\\\"\\\"\"", "triple")]
    [InlineData("\"[draft].csv\"", "[draft].csv")]
    [InlineData("\"{x}.csv\"", "{x}.csv")]
    [InlineData("17", "17")]
    public void ReadString_EncodedOnceOrMore_GivesTheText(string json, string expected)
    {
        var value = JsonDocument.Parse(json).RootElement;

        var text = EnvelopeValues.ReadString(value);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void ReadObject_ObjectInAString_GivesTheObject()
    {
        var value = JsonDocument.Parse("\"{\\\"ContentType\\\":\\\"text/csv\\\"}\"").RootElement;

        var obj = EnvelopeValues.ReadObject(value);

        Assert.Equal("text/csv", EnvelopeValues.ReadString(EnvelopeValues.Member(obj, "contentType")));
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("\"3\"", 3)]
    [InlineData("\"\\\"3\\\"\"", 3)]
    [InlineData("\"three\"", null)]
    public void ReadInt32_NumberOrNumericString_GivesTheNumber(string json, int? expected)
    {
        var value = JsonDocument.Parse(json).RootElement;

        var number = EnvelopeValues.ReadInt32(value);

        Assert.Equal(expected, number);
    }
}
