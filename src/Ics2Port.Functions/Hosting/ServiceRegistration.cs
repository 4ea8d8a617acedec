namespace Ics2Port.Functions.Hosting;

using Ics2Port.Functions.Access;
using Ics2Port.Functions.Bulk;
using Ics2Port.Functions.Documents;
using Ics2Port.Functions.Fallback;
using Ics2Port.Functions.Fallback.Delivery;
using Ics2Port.Functions.HsCodes;
using Ics2Port.Functions.Idempotency;
using Ics2Port.Functions.Manifests;
using Ics2Port.Functions.OpenApi;
using Ics2Port.Functions.Permits;
using Ics2Port.Functions.PortCalls;
using Ics2Port.Functions.Supplies;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Endorsements;
using Ics2Port.Storage.Hosting;
using Ics2Port.Storage.Idempotency;
using Ics2Port.Storage.Permits;
using Ics2Port.Storage.PortCalls;
using Ics2Port.Storage.Supplies;
using Microsoft.Extensions.DependencyInjection.Extensions;

/// <summary>Everything the app is made of, registered once for the worker and the local host alike.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddIcs2Port(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Ics2PortOptions>()
            .Bind(configuration.GetSection(Ics2PortOptions.Section))
            .Validate(options => options.MaxBodyBytes is > 0 and < int.MaxValue, "Ics2Port:MaxBodyBytes must be between 1 and 2147483646.")
            .Validate(options => options.HsSearchLimit is > 0 and <= 100, "Ics2Port:HsSearchLimit must be between 1 and 100.")
            .ValidateOnStart();
        services.AddSingleton(ApiKeyAuthenticator.FromConfiguration(configuration));
        services.AddSingleton<ApiGateway>();
        services.AddSingleton<OpenApiDocumentSource>();
        services.TryAddSingleton(TimeProvider.System);

        var storage = StorageSettings.From(configuration);
        services.AddIcs2PortStorage(storage);
        if (storage.CreateLayoutOnStart)
        {
            services.AddStorageLayoutCreation();
        }

        services.AddSingleton<PortCallStore>();
        services.AddSingleton<PortCallHeads>();
        services.AddSingleton<DocumentStore>();
        services.AddSingleton<PermitStore>();
        services.AddSingleton<SupplyStore>();
        services.AddSingleton<IdempotencyStore>();

        services.AddSingleton<HsNomenclatureSource>();
        services.AddSingleton<HsCodePicker>();
        services.AddSingleton<IdempotencyKeys>();
        services.AddSingleton<PortCallRegistry>();
        services.AddSingleton<DocumentSubmissions>();
        services.AddSingleton<DocumentReadings>();
        services.AddSingleton<PermitApplications>();
        services.AddSingleton<PermitDecisions>();
        services.AddSingleton<PermitDelivery>();
        services.AddSingleton<SupplyDelivery>();
        services.AddSingleton<IPortSystemAnswers, PortSystemPermitDecisions>();
        services.AddSingleton<EndorsementStore>();
        services.AddSingleton<ManifestEndorsements>();
        services.AddSingleton<EnsDeadlineReadings>();
        services.AddSingleton<SupplyFilings>();

        services.AddBulkFiles();
        services.AddFallback(configuration);
        return services;
    }
}
