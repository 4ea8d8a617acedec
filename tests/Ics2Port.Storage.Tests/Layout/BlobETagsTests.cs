using Azure;
using Ics2Port.Storage.Layout;

namespace Ics2Port.Storage.Tests.Layout;

public sealed class BlobETagsTests
{
    [Theory]
    [InlineData("\"0x8DC5F0A1B2C3D4E\"", "0x8DC5F0A1B2C3D4E")]
    [InlineData("0x8DC5F0A1B2C3D4E", "0x8DC5F0A1B2C3D4E")]
    [InlineData("\"", "\"")]
    public void Unquoted_ETag_WithoutSurroundingQuotes(string etag, string expected)
    {
        var unquoted = BlobETags.Unquoted(new ETag(etag));

        Assert.Equal(new ETag(expected), unquoted);
    }
}
