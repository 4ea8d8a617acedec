using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Ics2Port.Storage.Layout;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.DependencyInjection;

namespace Ics2Port.Storage.Hosting;

/// <summary>Registers the storage clients and the layout, and optionally the layout's creation at start-up.</summary>
public static class StorageServiceCollectionExtensions
{
    private static readonly string[] SecretParts = ["AccountKey=", "SharedAccessSignature=", "UseDevelopmentStorage=true"];

    /// <summary>
    /// Registers <see cref="BlobServiceClient"/>, <see cref="TableServiceClient"/> and <see cref="QueueServiceClient"/>
    /// (base64 messages, as the Functions blob extension writes its poison queue) with
    /// <see cref="AzureClientServiceCollectionExtensions.AddAzureClients"/>: from the connection string when there is
    /// one, else from the endpoints with <see cref="DefaultAzureCredential"/> (the managed identity in Azure), retrying
    /// <see cref="StorageSettings.MaxRetries"/> times; and the <see cref="StorageLayout"/> on them.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="settings">The storage settings, e.g. from <see cref="StorageSettings.From"/>.</param>
    /// <returns>The services.</returns>
    /// <exception cref="ArgumentException">The settings name no account, or their prefix or retry count is out of range.</exception>
    public static IServiceCollection AddIcs2PortStorage(this IServiceCollection services, StorageSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        Validate(settings);
        var connectionString = settings.ConnectionString;
        services.AddAzureClients(clients =>
        {
            if (!string.IsNullOrWhiteSpace(connectionString))
            {
                clients.AddBlobServiceClient(connectionString);
                clients.AddTableServiceClient(connectionString);
                clients.AddQueueServiceClient(connectionString).ConfigureOptions(UseBase64Messages);
            }
            else
            {
                clients.UseCredential(new DefaultAzureCredential());
                clients.AddBlobServiceClient(settings.BlobEndpoint!);
                clients.AddTableServiceClient(settings.TableEndpoint!);
                if (settings.QueueEndpoint is { } queueEndpoint)
                {
                    clients.AddQueueServiceClient(queueEndpoint).ConfigureOptions(UseBase64Messages);
                }
            }

            clients.ConfigureDefaults(options =>
            {
                options.Retry.MaxRetries = settings.MaxRetries;

                // The log forwarder of Microsoft.Extensions.Azure listens to the SDK's events at Verbose, so the SDK's
                // request log would format every request and answer: a third of the submission rate, measured. The
                // app logs storage failures itself (StorageFaults, the stores), and tracing stays on.
                options.Diagnostics.IsLoggingEnabled = false;
            });
        });
        services.AddSingleton(provider => new StorageLayout(
            provider.GetRequiredService<BlobServiceClient>(),
            provider.GetRequiredService<TableServiceClient>(),
            settings.NamePrefix));
        return services;
    }

    /// <summary>
    /// Creates every table and container of the <see cref="StorageLayout"/> once, when the host starts and before it
    /// serves; a failure stops the start. For local runs: in Azure the infrastructure creates them.
    /// </summary>
    /// <param name="services">The services, with <see cref="AddIcs2PortStorage"/> registered.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddStorageLayoutCreation(this IServiceCollection services)
    {
        services.AddHostedService<StorageLayoutCreation>();
        return services;
    }

    private static void UseBase64Messages(QueueClientOptions options) => options.MessageEncoding = QueueMessageEncoding.Base64;

    private static void Validate(StorageSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!StorageLayout.IsValidPrefix(settings.NamePrefix))
        {
            throw new ArgumentException($"{StorageSettings.Section}:NamePrefix must be up to 40 lower-case letters or digits starting with a letter.", nameof(settings));
        }

        if (settings.MaxRetries is < 0 or > 10)
        {
            throw new ArgumentException($"{StorageSettings.Section}:MaxRetries must be between 0 and 10.", nameof(settings));
        }

        if (string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            if (settings.BlobEndpoint is null || settings.TableEndpoint is null)
            {
                throw new ArgumentException(
                    $"Set {StorageSettings.Section}:ConnectionString (or {StorageSettings.HostStorageSetting}), or {StorageSettings.Section}:BlobEndpoint and TableEndpoint for the managed identity.",
                    nameof(settings));
            }
        }
        else if (!CarriesASecret(settings.ConnectionString))
        {
            // Without a key the clients would go anonymous and every request would be refused.
            throw new ArgumentException(
                $"{StorageSettings.Section}:ConnectionString needs an AccountKey or a SharedAccessSignature (or UseDevelopmentStorage=true); for the managed identity set {StorageSettings.Section}:BlobEndpoint and TableEndpoint instead.",
                nameof(settings));
        }
    }

    private static bool CarriesASecret(string connectionString) =>
        SecretParts.Any(part => connectionString.Contains(part, StringComparison.OrdinalIgnoreCase));
}
