using Ics2Port.Storage.Layout;
using Microsoft.Extensions.Hosting;

namespace Ics2Port.Storage.Hosting;

/// <summary>Creates the layout's tables and containers when the host starts (see <see cref="StorageServiceCollectionExtensions.AddStorageLayoutCreation"/>).</summary>
internal sealed class StorageLayoutCreation(StorageLayout layout) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => layout.CreateAllAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
