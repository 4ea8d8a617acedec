using Azure;
using Azure.Data.Tables;
using Ics2Port.Testing;

namespace Ics2Port.Storage.Tests.Testing;

public sealed class AzuriteServerTests
{
    // One test, because each start of a separate Azurite costs seconds.
    [Fact]
    public async Task Kill_RunningServer_StopsServingAndLeavesDisposalSafe()
    {
        var server = await AzuriteServer.StartAsync();
        var tables = new TableServiceClient(server.ConnectionString, new TableClientOptions { Retry = { MaxRetries = 0 } });
        await tables.CreateTableIfNotExistsAsync("beforekill");

        server.Kill();

        Assert.True(server.HasExited);
        await Assert.ThrowsAsync<RequestFailedException>(() => tables.CreateTableIfNotExistsAsync("afterkill"));
        await server.DisposeAsync();
        await server.DisposeAsync();
        Assert.Contains("successfully listening", server.Output, StringComparison.Ordinal);
    }
}
