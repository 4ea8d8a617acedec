using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Ics2Port.Storage.Hosting;
using Ics2Port.Storage.Layout;
using Ics2Port.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ics2Port.Storage.Tests.Hosting;

[Collection("azurite")]
public sealed class StorageServiceCollectionExtensionsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AddIcs2PortStorage_ConnectionString_ClientsWorkOnTheAccount()
    {
        var name = azurite.UniqueName("registered");
        await using var provider = Provider(new StorageSettings { ConnectionString = azurite.ConnectionString });

        var container = provider.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(name);
        await container.CreateAsync();
        await container.GetBlobClient("hello.txt").UploadAsync(BinaryData.FromString("hello"));
        await provider.GetRequiredService<TableServiceClient>().CreateTableAsync(name);
        await provider.GetRequiredService<QueueServiceClient>().GetQueueClient(name).CreateAsync();

        Assert.Equal("hello", (await azurite.Blobs.GetBlobContainerClient(name).GetBlobClient("hello.txt").DownloadContentAsync()).Value.Content.ToString());
        Assert.Contains(name, await azurite.Tables.QueryAsync(filter: (string?)null).Select(table => table.Name).ToListAsync());
        Assert.True((await azurite.Queues.GetQueueClient(name).ExistsAsync()).Value);
    }

    [Fact]
    public async Task AddIcs2PortStorage_QueueClient_SendsMessagesBase64AsTheFunctionsHostReadsThem()
    {
        var name = azurite.UniqueName("poison");
        await using var provider = Provider(new StorageSettings { ConnectionString = azurite.ConnectionString });
        var queue = provider.GetRequiredService<QueueServiceClient>().GetQueueClient(name);
        await queue.CreateAsync();

        await queue.SendMessageAsync("""{"BlobName":"a.csv"}""");

        var raw = new QueueClient(azurite.ConnectionString, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        var message = Assert.Single((await raw.ReceiveMessagesAsync()).Value);
        Assert.Equal(Convert.ToBase64String("""{"BlobName":"a.csv"}"""u8), message.MessageText);
    }

    [Fact]
    public async Task AddIcs2PortStorage_EndpointsWithoutConnectionString_ClientsForThoseEndpoints()
    {
        var settings = new StorageSettings
        {
            BlobEndpoint = new Uri("https://stics2test.blob.core.windows.net/"),
            TableEndpoint = new Uri("https://stics2test.table.core.windows.net/"),
            QueueEndpoint = new Uri("https://stics2test.queue.core.windows.net/"),
            NamePrefix = "dev1",
        };
        await using var provider = Provider(settings);

        var layout = provider.GetRequiredService<StorageLayout>();

        Assert.Equal(
            (settings.BlobEndpoint, settings.TableEndpoint, settings.QueueEndpoint, "stics2test", "stics2test", "dev1PortCalls"),
            (layout.Blobs.Uri, layout.Tables.Uri, provider.GetRequiredService<QueueServiceClient>().Uri, layout.Blobs.AccountName, layout.Tables.AccountName, layout.PortCallsTable));
    }

    [Fact]
    public async Task AddIcs2PortStorage_EndpointsWithoutQueue_NoQueueClient()
    {
        await using var provider = Provider(new StorageSettings
        {
            BlobEndpoint = new Uri("https://stics2test.blob.core.windows.net/"),
            TableEndpoint = new Uri("https://stics2test.table.core.windows.net/"),
        });

        var queues = provider.GetService<QueueServiceClient>();

        Assert.Null(queues);
    }

    [Theory]
    [InlineData(null, null, null, 3)]
    [InlineData(null, "https://stics2test.blob.core.windows.net/", null, 3)]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=stics2test;EndpointSuffix=core.windows.net", null, null, 3)]
    [InlineData("UseDevelopmentStorage=true", null, "Not-Valid", 3)]
    [InlineData("UseDevelopmentStorage=true", null, null, 11)]
    [InlineData("UseDevelopmentStorage=true", null, null, -1)]
    public void AddIcs2PortStorage_InvalidSettings_ThrowsNamingTheSetting(string? connectionString, string? blobEndpoint, string? prefix, int maxRetries)
    {
        var settings = new StorageSettings
        {
            ConnectionString = connectionString,
            BlobEndpoint = blobEndpoint is null ? null : new Uri(blobEndpoint),
            NamePrefix = prefix,
            MaxRetries = maxRetries,
        };

        var e = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddIcs2PortStorage(settings));

        Assert.Contains("Ics2Port:Storage:", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UseDevelopmentStorage=true", "UseDevelopmentStorage=true")]
    [InlineData(null, "DefaultEndpointsProtocol=http;AccountName=host")]
    public void From_Configuration_ReadsTheSectionWithTheHostsStorageAsFallback(string? own, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "DefaultEndpointsProtocol=http;AccountName=host",
            ["Ics2Port:Storage:ConnectionString"] = own,
            ["Ics2Port:Storage:NamePrefix"] = "dev1",
            ["Ics2Port:Storage:MaxRetries"] = "0",
            ["Ics2Port:Storage:CreateLayoutOnStart"] = "true",
            ["Ics2Port:Storage:QueueEndpoint"] = "http://127.0.0.1:10001/devstoreaccount1",
        }).Build();

        var settings = StorageSettings.From(configuration);

        Assert.Equal(
            (expected, "dev1", 0, true, new Uri("http://127.0.0.1:10001/devstoreaccount1")),
            (settings.ConnectionString, settings.NamePrefix, settings.MaxRetries, settings.CreateLayoutOnStart, settings.QueueEndpoint));
    }

    [Fact]
    public async Task AddStorageLayoutCreation_HostStarts_EveryTableAndContainerExists()
    {
        var prefix = azurite.UniqueName("started");
        await using var provider = Provider(new StorageSettings { ConnectionString = azurite.ConnectionString, NamePrefix = prefix }, services => services.AddStorageLayoutCreation());
        var layout = provider.GetRequiredService<StorageLayout>();

        foreach (var service in provider.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }

        var tables = await azurite.Tables.QueryAsync(filter: (string?)null).Select(table => table.Name).ToListAsync();
        var containers = await azurite.Blobs.GetBlobContainersAsync().Select(container => container.Name).ToListAsync();
        Assert.Equal((10, 7), (layout.TableNames.Intersect(tables).Count(), layout.ContainerNames.Intersect(containers).Count()));
    }

    private static ServiceProvider Provider(StorageSettings settings, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection().AddIcs2PortStorage(settings);
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
