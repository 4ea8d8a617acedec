using Azure.Data.Tables;
using Ics2Port.Storage.Layout;
using Ics2Port.Testing;

namespace Ics2Port.Storage.Tests.Layout;

[Collection("azurite")]
public sealed class StorageLayoutTests(AzuriteFixture azurite)
{
    [Fact]
    public void Constructor_Prefix_NamesEveryTableAndContainerAsTheInfrastructureDoesButTheTriggersInbound()
    {
        var layout = new StorageLayout(azurite.Blobs, azurite.Tables, "dev1");

        Assert.Equal(
            ["dev1PortCalls", "dev1PortCallOwners", "dev1DocumentVersions", "dev1Permits", "dev1IdempotencyKeys", "dev1Outages", "dev1FallbackIntake", "dev1DeliveryIndex", "dev1ManifestEndorsements", "dev1Supplies"],
            layout.TableNames);
        Assert.Equal(["dev1documents", "dev1permits", "dev1fallback", "inbound", "dev1results", "dev1quarantine", "dev1supplies"], layout.ContainerNames);
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("1digit")]
    [InlineData("has-hyphen")]
    [InlineData("abcdefghijabcdefghijabcdefghijabcdefghijk")]
    public void Constructor_InvalidPrefix_Throws(string prefix)
    {
        Assert.Throws<ArgumentException>(() => new StorageLayout(azurite.Blobs, azurite.Tables, prefix));
    }

    [Fact]
    public async Task CreateAllAsync_NewPrefix_CreatesEveryTableAndContainer()
    {
        var layout = new StorageLayout(azurite.Blobs, azurite.Tables, azurite.UniqueName("layout"));

        await layout.CreateAllAsync();

        Assert.Equal(layout.TableNames.Order(StringComparer.Ordinal), await TablesAsync(layout));
        Assert.Equal(layout.ContainerNames.Where(name => name != layout.InboundContainer).Order(StringComparer.Ordinal), await ContainersAsync(layout));
        Assert.True(await layout.Blobs.GetBlobContainerClient(layout.InboundContainer).ExistsAsync());
    }

    [Fact]
    public async Task CreateAllAsync_AgainWithData_SucceedsAndKeepsTheData()
    {
        var layout = new StorageLayout(azurite.Blobs, azurite.Tables, azurite.UniqueName("layout"));
        await layout.CreateAllAsync();
        var table = layout.Tables.GetTableClient(layout.PortCallsTable);
        await table.AddEntityAsync(new TableEntity("AG-A", "pc-kept"));
        await layout.Blobs.GetBlobContainerClient(layout.InboundContainer).GetBlobClient("kept.csv").UploadAsync(BinaryData.FromString("kept"));

        await layout.CreateAllAsync();

        Assert.NotNull(await table.FindAsync("AG-A", "pc-kept"));
        Assert.Equal("kept", (await layout.Blobs.GetBlobContainerClient(layout.InboundContainer).GetBlobClient("kept.csv").DownloadIfExistsAsync())!.Content.ToString());
    }

    private static async Task<List<string>> TablesAsync(StorageLayout layout) =>
        await layout.Tables.QueryAsync(filter: (string?)null)
            .Select(table => table.Name)
            .Where(name => layout.TableNames.Contains(name))
            .Order(StringComparer.Ordinal)
            .ToListAsync();

    private static async Task<List<string>> ContainersAsync(StorageLayout layout) =>
        await layout.Blobs.GetBlobContainersAsync(prefix: layout.DocumentsContainer[..^"documents".Length])
            .Select(container => container.Name)
            .Order(StringComparer.Ordinal)
            .ToListAsync();
}
