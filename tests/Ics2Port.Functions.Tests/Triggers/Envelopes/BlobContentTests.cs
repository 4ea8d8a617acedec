using System.Text.Json;
using Ics2Port.Functions.Triggers.Envelopes;

namespace Ics2Port.Functions.Tests.Triggers.Envelopes;

public sealed class BlobContentTests
{
    private const string Csv = "familyName,givenNames\nBERZINS,JANIS\n";

    [Theory]
    [InlineData("\"ZmFtaWx5TmFtZSxnaXZlbk5hbWVzCkJFUlpJTlMsSkFOSVMK\"", "binary")]
    [InlineData("\"ZmFtaWx5TmFtZSxnaXZlbk5hbWVzCkJFUlpJTlMsSkFOSVMK\"", null)]
    [InlineData("\"\\\"familyName,givenNames\\\\nBERZINS,JANIS\\\\n\\\"\"", "string")]
    [InlineData("\"\\\"familyName,givenNames\\\\nBERZINS,JANIS\\\\n\\\"\"", null)]
    [InlineData("\"familyName,givenNames\\nBERZINS,JANIS\\n\"", "string")]
    [InlineData("\"familyName,givenNames\\nBERZINS,JANIS\\n\"", null)]
    public void Decode_EncodingTheHostUses_GivesTheOriginalBytes(string json, string? dataType)
    {
        var value = JsonDocument.Parse(json).RootElement;

        var content = BlobContent.Decode(value, dataType);

        Assert.Equal(Csv, content?.ToString());
    }

    [Fact]
    public void Decode_BinaryThatIsNotBase64_ThrowsEnvelopeException()
    {
        var value = JsonDocument.Parse("\"not base64!\"").RootElement;

        var decode = () => BlobContent.Decode(value, "binary");

        Assert.Throws<InvocationEnvelopeException>(decode);
    }

    [Fact]
    public void Decode_NullContent_GivesNull()
    {
        var value = JsonDocument.Parse("null").RootElement;

        var content = BlobContent.Decode(value, "binary");

        Assert.Null(content);
    }
}
