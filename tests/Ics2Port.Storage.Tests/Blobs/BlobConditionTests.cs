using Azure;

namespace Ics2Port.Storage.Tests.Blobs;

public sealed class BlobConditionTests
{
    [Fact]
    public void IfMatch_DefaultETag_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => BlobCondition.IfMatch(default));
    }

    [Fact]
    public void IfMatch_SameETag_IsEqual()
    {
        var etag = new ETag("0x8D");

        var condition = BlobCondition.IfMatch(etag);

        Assert.Equal(BlobCondition.IfMatch(new ETag("0x8D")), condition);
        Assert.NotEqual(BlobCondition.None, condition);
        Assert.NotEqual(BlobCondition.IfNotExists, condition);
    }
}
