namespace Ics2Port.LocalHost.Triggers;

using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

/// <summary>
/// The storage account a trigger's <c>Connection</c> names, as the host resolves it: the setting of that name (or
/// <c>ConnectionStrings:{name}</c>) holds a connection string. Queues use base64 messages, as the queue extension does.
/// </summary>
public sealed class TriggerStorage(IConfiguration configuration)
{
    public const string DefaultConnection = "AzureWebJobsStorage";

    public BlobServiceClient Blobs(string? connection) => new(ConnectionString(connection));

    public TableServiceClient Tables(string? connection) => new(ConnectionString(connection));

    public QueueServiceClient Queues(string? connection) =>
        new(ConnectionString(connection), new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    /// <summary>Whether the connection <paramref name="connection"/> (by default <c>AzureWebJobsStorage</c>) is set.</summary>
    public bool IsConfigured(string? connection) => Find(connection) is not null;

    private string ConnectionString(string? connection) =>
        Find(connection) ?? throw new InvalidOperationException(
            $"The trigger connection '{NameOf(connection)}' is not set: give it a storage connection string (setting '{NameOf(connection)}').");

    private static string NameOf(string? connection) => string.IsNullOrWhiteSpace(connection) ? DefaultConnection : connection;

    private string? Find(string? connection)
    {
        var name = NameOf(connection);
        return configuration[name] is { Length: > 0 } value ? value
            : configuration.GetConnectionString(name) is { Length: > 0 } named ? named
            : null;
    }
}
