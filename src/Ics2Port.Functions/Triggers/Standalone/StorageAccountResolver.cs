using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Ics2Port.Functions.Triggers.Standalone;

/// <summary>
/// The storage account a binding's <c>connection</c> names: the app setting of that name, or the connection
/// string of that name, as the host resolves it.
/// </summary>
internal sealed class StorageAccountResolver(IConfiguration configuration)
{
    public BlobServiceClient Blobs(string connection) => new(ConnectionString(connection));

    public TableServiceClient Tables(string connection) => new(ConnectionString(connection));

    private string ConnectionString(string name) =>
        configuration[name] is { Length: > 0 } setting ? setting
            : configuration.GetConnectionString(name) is { Length: > 0 } named ? named
            : throw new InvalidOperationException($"The storage connection '{name}' is not configured (app setting or ConnectionStrings:{name}).");
}
