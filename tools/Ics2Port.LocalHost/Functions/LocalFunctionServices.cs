namespace Ics2Port.LocalHost.Functions;

using Ics2Port.LocalHost.Triggers;

public static class LocalFunctionServices
{
    /// <summary>What the local host adds to the app's own services: its function catalog, the triggers and the storage layout made at start.</summary>
    public static IServiceCollection AddLocalFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<LocalFunctionCatalog>();
        services.AddSingleton<TriggerStorage>();
        services.AddSingleton<FunctionRunner>();
        services.AddSingleton<OnDemandInvocations>();
        services.Configure<LocalTriggerOptions>(configuration.GetSection(LocalTriggerOptions.SectionName));
        services.AddHostedService<LocalTriggerHost>();
        return services;
    }
}
