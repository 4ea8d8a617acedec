namespace Ics2Port.LocalHost.Triggers;

using System.Collections.Concurrent;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

/// <summary>
/// The storage account a trigger's <c>Connection</c> names, as the host resolves it: the setting of that name (or
/// <c>ConnectionStrings:{name}</c>) holds a connection string. Queues use base64 messages, as the queue extension does.
/// One client per account and service, shared by every trigger and on-demand run, as the SDK intends.
/// </summary>
public sealed class TriggerStorage(IConfiguration configuration)
{
    public const string DefaultConnection = "AzureWebJobsStorage";

    private readonly ConcurrentDictionary<string, BlobServiceClient> _blobs = new();
    private readonly ConcurrentDictionary<string, TableServiceClient> _tables = new();
    private readonly ConcurrentDictionary<string, QueueServiceClient> _queues = new();

    public BlobServiceClient Blobs(string? connection) => _blobs.GetOrAdd(NameOf(connection), name => new(ConnectionString(name)));

    public TableServiceClient Tables(string? connection) => _tables.GetOrAdd(NameOf(connection), name => new(ConnectionString(name)));

    public QueueServiceClient Queues(string? connection) =>
        _queues.GetOrAdd(NameOf(connection), name => new(ConnectionString(name), new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }));

    /// <summary>The setting a trigger's <c>Connection</c> names: <c>AzureWebJobsStorage</c> when it names none.</summary>
    public static string NameOf(string? connection) => string.IsNullOrWhiteSpace(connection) ? DefaultConnection : connection;

    /// <summary>Whether the connection <paramref name="connection"/> (by default <c>AzureWebJobsStorage</c>) is set.</summary>
    public bool IsConfigured(string? connection) => Find(connection) is not null;

    private string ConnectionString(string? connection) =>
        Find(connection) ?? throw new InvalidOperationException(
            $"The trigger connection '{NameOf(connection)}' is not set: give it a storage connection string (setting '{NameOf(connection)}').");

    private string? Find(string? connection)
    {
        var name = NameOf(connection);
        return configuration[name] is { Length: > 0 } value ? value
            : configuration.GetConnectionString(name) is { Length: > 0 } named ? named
            : null;
    }
}
