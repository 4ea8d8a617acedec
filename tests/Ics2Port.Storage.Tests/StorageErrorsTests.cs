using Azure;

namespace Ics2Port.Storage.Tests;

public sealed class StorageErrorsTests
{
    [Theory]
    [InlineData(404, true, false, false)]
    [InlineData(409, false, true, false)]
    [InlineData(412, false, false, true)]
    [InlineData(500, false, false, false)]
    public void Predicates_Status_ClassifyFailure(int status, bool notFound, bool conflict, bool preconditionFailed)
    {
        var e = new RequestFailedException(status, "failed");

        Assert.Equal(notFound, StorageErrors.IsNotFound(e));
        Assert.Equal(conflict, StorageErrors.IsConflict(e));
        Assert.Equal(preconditionFailed, StorageErrors.IsPreconditionFailed(e));
    }
}
