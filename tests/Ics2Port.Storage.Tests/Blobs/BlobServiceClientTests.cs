using Azure;
using Azure.Core;
using Ics2Port.Testing;

namespace Ics2Port.Storage.Tests.Blobs;

[Collection("azurite")]
public sealed class BlobServiceClientTests(AzuriteFixture azurite)
{
    private readonly BlobServiceClient _blobs = azurite.Account.Blobs;

    [Fact]
    public async Task CreateContainerIfNotExistsAsync_ContainerExists_Succeeds()
    {
        var container = azurite.UniqueName("blobs");
        await _blobs.CreateContainerIfNotExistsAsync(container);

        await _blobs.CreateContainerIfNotExistsAsync(container);

        await _blobs.PutAsync(container, "after", BinaryData.FromString("x"), "text/plain", BlobCondition.IfNotExists);
    }

    [Fact]
    public async Task GetAsync_AfterPut_ReturnsContentTypeMetadataAndWrittenETag()
    {
        var container = await NewContainerAsync();
        var metadata = new Dictionary<string, string> { ["portcall"] = "NLRTM-42", ["source"] = "upload" };
        var written = await _blobs.PutAsync(
            container, "manifests/m1.json", BinaryData.FromString("{\"a\":1}"), "application/json", BlobCondition.None, metadata);

        var download = await _blobs.GetAsync(container, "manifests/m1.json");

        Assert.NotNull(download);
        Assert.Equal("{\"a\":1}", download.Content.ToString());
        Assert.Equal("application/json", download.ContentType);
        Assert.Equal(written.ETag, download.ETag);
        Assert.Equal(written.LastModified, download.LastModified);
        Assert.Equal("NLRTM-42", download.Metadata["PortCall"]);
        Assert.Equal("upload", download.Metadata["source"]);
        Assert.Equal(2, download.Metadata.Count);
    }

    [Fact]
    public async Task PutAsync_EmptyContent_StoresEmptyBlob()
    {
        var container = await NewContainerAsync();

        await _blobs.PutAsync(container, "empty", BinaryData.Empty, "application/octet-stream", BlobCondition.IfNotExists);

        var download = await _blobs.GetAsync(container, "empty");
        Assert.NotNull(download);
        Assert.Equal(0, download.Content.ToMemory().Length);
    }

    [Fact]
    public async Task PutAsync_IfNotExistsWhenBlobExists_ThrowsConflict()
    {
        var container = await NewContainerAsync();
        await _blobs.PutAsync(container, "once", BinaryData.FromString("first"), "text/plain", BlobCondition.IfNotExists);

        var e = await Assert.ThrowsAsync<RequestFailedException>(
            () => _blobs.PutAsync(container, "once", BinaryData.FromString("second"), "text/plain", BlobCondition.IfNotExists));

        Assert.True(StorageErrors.IsConflict(e));
        Assert.Equal("BlobAlreadyExists", e.ErrorCode);
        Assert.Equal("first", (await _blobs.GetAsync(container, "once"))!.Content.ToString());
    }

    [Fact]
    public async Task PutAsync_IfMatchStaleETag_ThrowsPreconditionFailed()
    {
        var container = await NewContainerAsync();
        var first = await _blobs.PutAsync(container, "doc", BinaryData.FromString("v1"), "text/plain", BlobCondition.None);
        await _blobs.PutAsync(container, "doc", BinaryData.FromString("v2"), "text/plain", BlobCondition.IfMatch(first.ETag));

        var e = await Assert.ThrowsAsync<RequestFailedException>(
            () => _blobs.PutAsync(container, "doc", BinaryData.FromString("v3"), "text/plain", BlobCondition.IfMatch(first.ETag)));

        Assert.True(StorageErrors.IsPreconditionFailed(e));
        Assert.Equal("ConditionNotMet", e.ErrorCode);
        Assert.Equal("v2", (await _blobs.GetAsync(container, "doc"))!.Content.ToString());
    }

    [Fact]
    public async Task PutAsync_IfMatchCurrentETag_ReturnsNewETag()
    {
        var container = await NewContainerAsync();
        var first = await _blobs.PutAsync(container, "doc", BinaryData.FromString("v1"), "text/plain", BlobCondition.None);

        var second = await _blobs.PutAsync(container, "doc", BinaryData.FromString("v2"), "text/plain", BlobCondition.IfMatch(first.ETag));

        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal(second.ETag, (await _blobs.GetAsync(container, "doc"))!.ETag);
    }

    [Fact]
    public async Task PutAsync_NoConditionWhenBlobExists_Overwrites()
    {
        var container = await NewContainerAsync();
        await _blobs.PutAsync(container, "doc", BinaryData.FromString("v1"), "text/plain", BlobCondition.None);

        await _blobs.PutAsync(container, "doc", BinaryData.FromString("v2"), "text/csv", BlobCondition.None);

        var download = await _blobs.GetAsync(container, "doc");
        Assert.Equal("v2", download!.Content.ToString());
        Assert.Equal("text/csv", download.ContentType);
    }

    [Fact]
    public async Task PutAsync_MissingContainer_ThrowsNotFound()
    {
        var e = await Assert.ThrowsAsync<RequestFailedException>(
            () => _blobs.PutAsync(azurite.UniqueName("absent"), "doc", BinaryData.FromString("x"), "text/plain", BlobCondition.None));

        Assert.True(StorageErrors.IsNotFound(e));
        Assert.Equal("ContainerNotFound", e.ErrorCode);
    }

    [Theory]
    [InlineData("with space.txt")]
    [InlineData("folder/sub folder/file name.csv")]
    [InlineData("répertoire/ünïcödé ✓ 船.json")]
    [InlineData("quote's (1) [2] {3}.txt")]
    [InlineData("plus+and&equals=semi;colon,comma.txt")]
    [InlineData("percent%20literal%2Fslash.txt")]
    [InlineData("hash#question?.txt")]
    public async Task PutAsync_NameNeedingEscaping_IsSignedAndRoundTrips(string blobName)
    {
        var container = await NewContainerAsync();

        await _blobs.PutAsync(container, blobName, BinaryData.FromString(blobName), "text/plain", BlobCondition.IfNotExists);

        Assert.Equal(blobName, (await _blobs.GetAsync(container, blobName))!.Content.ToString());
        Assert.Equal([blobName], await ToListAsync(_blobs.ListAsync(container)));
        Assert.True(await _blobs.DeleteAsync(container, blobName));
    }

    [Theory]
    [InlineData("a/../b")]
    [InlineData("./b")]
    public async Task PutAsync_DotSegmentName_ThrowsArgumentException(string blobName)
    {
        var container = await NewContainerAsync();

        await Assert.ThrowsAsync<ArgumentException>(
            () => _blobs.PutAsync(container, blobName, BinaryData.FromString("x"), "text/plain", BlobCondition.None));
    }

    [Fact]
    public async Task PutAsync_MetadataNamesThatSortDifferentlyByCulture_IsSigned()
    {
        var container = await NewContainerAsync();
        var metadata = new Dictionary<string, string> { ["a_b"] = "1", ["a1"] = "2", ["ab"] = "3", ["_x"] = "4", ["A_"] = "5" };

        await _blobs.PutAsync(container, "meta", BinaryData.FromString("x"), "text/plain", BlobCondition.None, metadata);

        var download = await _blobs.GetAsync(container, "meta");
        Assert.Equal(metadata.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase),
            download!.Metadata.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase),
            new KeyValueComparer());
    }

    [Fact]
    public async Task GetAsync_MissingBlob_ReturnsNull()
    {
        var container = await NewContainerAsync();

        var download = await _blobs.GetAsync(container, "nothing/here.json");

        Assert.Null(download);
    }

    [Fact]
    public async Task GetAsync_MissingContainer_ReturnsNull()
    {
        var download = await _blobs.GetAsync(azurite.UniqueName("absent"), "x");

        Assert.Null(download);
    }

    [Fact]
    public async Task GetPropertiesAsync_AfterPut_ReturnsLengthTypeETagAndMetadataWithoutContent()
    {
        var container = await NewContainerAsync();
        var written = await _blobs.PutAsync(
            container, "inbound/AG-X/fal5.csv", BinaryData.FromString("a,b\n1,2\n"), "text/csv", BlobCondition.None,
            new Dictionary<string, string> { ["sourceEtag"] = "0x8DE1" });

        var properties = await _blobs.GetPropertiesAsync(container, "inbound/AG-X/fal5.csv");

        Assert.Equal(
            (8L, "text/csv", written.ETag, written.LastModified, "0x8DE1"),
            (properties!.ContentLength, properties.ContentType, properties.ETag, properties.LastModified, properties.Metadata["SOURCEETAG"]));
    }

    [Fact]
    public async Task GetPropertiesAsync_MissingBlob_ReturnsNull()
    {
        var container = await NewContainerAsync();

        var properties = await _blobs.GetPropertiesAsync(container, "nothing/here.json");

        Assert.Null(properties);
    }

    [Fact]
    public async Task ListAsync_PrefixOverSeveralPages_ReturnsOnlyMatchingBlobsInOrder()
    {
        var counter = new RequestCounter();
        var options = new StorageClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerCall);
        var blobs = StorageAccount.FromConnectionString(azurite.ConnectionString, options).Blobs;
        var container = await NewContainerAsync();
        var expected = Enumerable.Range(0, 12).Select(i => $"in/2025/{i:D2}.json").ToList();
        foreach (var name in expected.Concat(["in/2024/old.json", "out/2025/00.json", "in-other.json"]))
        {
            await blobs.PutAsync(container, name, BinaryData.FromString(name), "application/json", BlobCondition.None);
        }

        var listed = await ToListAsync(blobs.ListAsync(container, "in/2025/", pageSize: 5));

        Assert.Equal(expected, listed);
        Assert.Equal(3, counter.Gets);
    }

    [Fact]
    public async Task ListAsync_NoPrefix_ReturnsNameETagAndLengthOfEachBlob()
    {
        var container = await NewContainerAsync();
        var a = await _blobs.PutAsync(container, "a/1.txt", BinaryData.FromString("one"), "text/plain", BlobCondition.None);
        var b = await _blobs.PutAsync(container, "b.txt", BinaryData.FromString("three"), "text/plain", BlobCondition.None);

        var items = new List<BlobItem>();
        await foreach (var item in _blobs.ListAsync(container))
        {
            items.Add(item);
        }

        Assert.Equal(
            [new BlobItem("a/1.txt", a.ETag, a.LastModified, 3), new BlobItem("b.txt", b.ETag, b.LastModified, 5)],
            items);
    }

    [Fact]
    public async Task ListAsync_EmptyContainer_ReturnsNothing()
    {
        var container = await NewContainerAsync();

        var listed = await ToListAsync(_blobs.ListAsync(container, "x"));

        Assert.Empty(listed);
    }

    [Fact]
    public async Task ListAsync_MissingContainer_ThrowsNotFound()
    {
        var e = await Assert.ThrowsAsync<RequestFailedException>(
            () => ToListAsync(_blobs.ListAsync(azurite.UniqueName("absent"))));

        Assert.True(StorageErrors.IsNotFound(e));
    }

    [Fact]
    public async Task DeleteAsync_ExistingBlob_ReturnsTrueAndRemovesIt()
    {
        var container = await NewContainerAsync();
        await _blobs.PutAsync(container, "gone", BinaryData.FromString("x"), "text/plain", BlobCondition.None);

        var deleted = await _blobs.DeleteAsync(container, "gone");

        Assert.True(deleted);
        Assert.Null(await _blobs.GetAsync(container, "gone"));
    }

    [Fact]
    public async Task DeleteAsync_MissingBlob_ReturnsFalse()
    {
        var container = await NewContainerAsync();

        var deleted = await _blobs.DeleteAsync(container, "never");

        Assert.False(deleted);
    }

    [Fact]
    public async Task DeleteAsync_StaleETag_ThrowsPreconditionFailed()
    {
        var container = await NewContainerAsync();
        var first = await _blobs.PutAsync(container, "doc", BinaryData.FromString("v1"), "text/plain", BlobCondition.None);
        await _blobs.PutAsync(container, "doc", BinaryData.FromString("v2"), "text/plain", BlobCondition.None);

        var e = await Assert.ThrowsAsync<RequestFailedException>(() => _blobs.DeleteAsync(container, "doc", first.ETag));

        Assert.True(StorageErrors.IsPreconditionFailed(e));
        Assert.NotNull(await _blobs.GetAsync(container, "doc"));
    }

    [Fact]
    public async Task DeleteAsync_CurrentETag_ReturnsTrue()
    {
        var container = await NewContainerAsync();
        var written = await _blobs.PutAsync(container, "doc", BinaryData.FromString("v1"), "text/plain", BlobCondition.None);

        var deleted = await _blobs.DeleteAsync(container, "doc", written.ETag);

        Assert.True(deleted);
    }

    [Fact]
    public async Task TryAcquireLeaseAsync_BlobAlreadyLeased_ReturnsNull()
    {
        var container = await NewContainerAsync();
        await _blobs.PutAsync(container, "lock", BinaryData.Empty, "application/octet-stream", BlobCondition.None);
        var first = await _blobs.TryAcquireLeaseAsync(container, "lock", TimeSpan.FromSeconds(15));

        var second = await _blobs.TryAcquireLeaseAsync(container, "lock", TimeSpan.FromSeconds(15));

        Assert.False(string.IsNullOrEmpty(first));
        Assert.Null(second);
    }

    [Fact]
    public async Task TryAcquireLeaseAsync_AfterRelease_ReturnsNewLease()
    {
        var container = await NewContainerAsync();
        await _blobs.PutAsync(container, "lock", BinaryData.Empty, "application/octet-stream", BlobCondition.None);
        var first = await _blobs.TryAcquireLeaseAsync(container, "lock", TimeSpan.FromSeconds(60));
        await _blobs.ReleaseLeaseAsync(container, "lock", first!);

        var again = await _blobs.TryAcquireLeaseAsync(container, "lock", Timeout.InfiniteTimeSpan);

        Assert.NotNull(again);
        Assert.Null(await _blobs.TryAcquireLeaseAsync(container, "lock", TimeSpan.FromSeconds(15)));
    }

    [Fact]
    public async Task RenewLeaseAsync_HeldLease_KeepsItHeld()
    {
        var container = await NewContainerAsync();
        await _blobs.PutAsync(container, "lock", BinaryData.Empty, "application/octet-stream", BlobCondition.None);
        var lease = await _blobs.TryAcquireLeaseAsync(container, "lock", TimeSpan.FromSeconds(15));

        await _blobs.RenewLeaseAsync(container, "lock", lease!);

        Assert.Null(await _blobs.TryAcquireLeaseAsync(container, "lock", TimeSpan.FromSeconds(15)));
    }

    [Fact]
    public async Task RenewLeaseAsync_WrongLeaseId_ThrowsConflict()
    {
        var container = await NewContainerAsync();
        await _blobs.PutAsync(container, "lock", BinaryData.Empty, "application/octet-stream", BlobCondition.None);
        await _blobs.TryAcquireLeaseAsync(container, "lock", TimeSpan.FromSeconds(15));

        var e = await Assert.ThrowsAsync<RequestFailedException>(
            () => _blobs.RenewLeaseAsync(container, "lock", Guid.NewGuid().ToString()));

        Assert.True(StorageErrors.IsConflict(e));
    }

    [Fact]
    public async Task TryAcquireLeaseAsync_MissingBlob_ThrowsNotFound()
    {
        var container = await NewContainerAsync();

        var e = await Assert.ThrowsAsync<RequestFailedException>(
            () => _blobs.TryAcquireLeaseAsync(container, "absent", TimeSpan.FromSeconds(15)));

        Assert.True(StorageErrors.IsNotFound(e));
    }

    [Theory]
    [InlineData(14)]
    [InlineData(61)]
    public async Task TryAcquireLeaseAsync_DurationOutsideLimits_ThrowsArgumentOutOfRange(int seconds)
    {
        var container = await NewContainerAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => _blobs.TryAcquireLeaseAsync(container, "lock", TimeSpan.FromSeconds(seconds)));
    }

    private async Task<string> NewContainerAsync()
    {
        var container = azurite.UniqueName("blobs");
        await _blobs.CreateContainerIfNotExistsAsync(container);
        return container;
    }

    private static async Task<List<string>> ToListAsync(IAsyncEnumerable<BlobItem> items)
    {
        var names = new List<string>();
        await foreach (var item in items)
        {
            names.Add(item.Name);
        }

        return names;
    }

    private sealed class KeyValueComparer : IEqualityComparer<KeyValuePair<string, string>>
    {
        public bool Equals(KeyValuePair<string, string> x, KeyValuePair<string, string> y) =>
            string.Equals(x.Key, y.Key, StringComparison.OrdinalIgnoreCase) && x.Value == y.Value;

        public int GetHashCode(KeyValuePair<string, string> obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Key), obj.Value);
    }
}
