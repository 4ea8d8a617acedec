namespace Ics2Port.Functions.Hosting;

using Azure.Identity;
using Ics2Port.Functions.Access;
using Ics2Port.Functions.Bulk;
using Ics2Port.Functions.Documents;
using Ics2Port.Functions.Fallback;
using Ics2Port.Functions.HsCodes;
using Ics2Port.Functions.Idempotency;
using Ics2Port.Functions.OpenApi;
using Ics2Port.Functions.Permits;
using Ics2Port.Functions.PortCalls;
using Ics2Port.Storage;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Idempotency;
using Ics2Port.Storage.Layout;
using Ics2Port.Storage.Permits;
using Ics2Port.Storage.PortCalls;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

/// <summary>Everything the app is made of, registered once for the worker and the local host alike.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddIcs2Port(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Ics2PortOptions>()
            .Bind(configuration.GetSection(Ics2PortOptions.Section))
            .PostConfigure(options => options.Storage.ConnectionString ??= configuration["AzureWebJobsStorage"])
            .Validate(options => options.MaxBodyBytes is > 0 and < int.MaxValue, "Ics2Port:MaxBodyBytes must be between 1 and 2147483646.")
            .Validate(options => options.HsSearchLimit is > 0 and <= 100, "Ics2Port:HsSearchLimit must be between 1 and 100.")
            .Validate(options => StorageLayout.IsValidPrefix(options.Storage.NamePrefix), "Ics2Port:Storage:NamePrefix must be up to 40 lower-case letters or digits starting with a letter.")
            .Validate(options => options.Storage.MaxRetries is >= 0 and <= 10, "Ics2Port:Storage:MaxRetries must be between 0 and 10.")
            .Validate(
                options => !string.IsNullOrWhiteSpace(options.Storage.ConnectionString)
                    || (options.Storage.BlobEndpoint is not null && options.Storage.TableEndpoint is not null),
                "Set Ics2Port:Storage:ConnectionString (or AzureWebJobsStorage), or Ics2Port:Storage:BlobEndpoint and TableEndpoint for the managed identity.")
            .ValidateOnStart();
        services.AddSingleton(ApiKeyAuthenticator.FromConfiguration(configuration));
        services.AddSingleton<ApiGateway>();
        services.AddSingleton<OpenApiDocumentSource>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(provider => CreateAccount(StorageSettings(provider)));
        services.AddSingleton(provider => new StorageLayout(provider.GetRequiredService<StorageAccount>(), StorageSettings(provider).NamePrefix));
        services.AddSingleton<PortCallStore>();
        services.AddSingleton<DocumentStore>();
        services.AddSingleton<PermitStore>();
        services.AddSingleton<IdempotencyStore>();

        services.AddSingleton<HsNomenclatureSource>();
        services.AddSingleton<HsCodePicker>();
        services.AddSingleton<IdempotencyKeys>();
        services.AddSingleton<PortCallRegistry>();
        services.AddSingleton<DocumentSubmissions>();
        services.AddSingleton<DocumentReadings>();
        services.AddSingleton<PermitApplications>();

        services.AddBulkFiles();
        services.AddFallback(configuration);
        return services;
    }

    private static Ics2PortOptions.StorageSettings StorageSettings(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<Ics2PortOptions>>().Value.Storage;

    // A key in the connection string (Azurite, or a key-based account) signs requests; otherwise the managed identity does.
    private static StorageAccount CreateAccount(Ics2PortOptions.StorageSettings settings)
    {
        var options = new StorageClientOptions();
        options.Retry.MaxRetries = settings.MaxRetries;
        var connectionString = settings.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var endpoints = new StorageEndpoints(settings.BlobEndpoint!, settings.TableEndpoint!, AccountName(settings.BlobEndpoint!));
            return new StorageAccount(endpoints, new DefaultAzureCredential(), options);
        }

        return connectionString.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase)
            || connectionString.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase)
            ? StorageAccount.FromConnectionString(connectionString, options)
            : new StorageAccount(StorageEndpoints.Parse(connectionString), new DefaultAzureCredential(), options);
    }

    // https://<account>.blob.core.windows.net/ names the account in its first label.
    private static string AccountName(Uri blobEndpoint) => blobEndpoint.Host.Split('.')[0];
}
