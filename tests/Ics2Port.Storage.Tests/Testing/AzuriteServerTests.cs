using Azure;
using Ics2Port.Testing;

namespace Ics2Port.Storage.Tests.Testing;

public sealed class AzuriteServerTests
{
    // One test, because each start of a separate Azurite costs seconds.
    [Fact]
    public async Task Kill_RunningServer_StopsServingAndLeavesDisposalSafe()
    {
        var server = await AzuriteServer.StartAsync();
        var account = StorageAccount.FromConnectionString(server.ConnectionString, new StorageClientOptions { Retry = { MaxRetries = 0 } });
        await account.Tables.CreateTableIfNotExistsAsync("beforekill");

        server.Kill();

        Assert.True(server.HasExited);
        await Assert.ThrowsAsync<RequestFailedException>(() => account.Tables.CreateTableIfNotExistsAsync("afterkill"));
        await server.DisposeAsync();
        await server.DisposeAsync();
        Assert.Contains("successfully listening", server.Output, StringComparison.Ordinal);
    }
}
