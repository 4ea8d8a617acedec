using Ics2Port.Functions.Triggers.Catalog;
using Ics2Port.Functions.Triggers.Invocation;
using Ics2Port.Functions.Triggers.Standalone;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ics2Port.Functions.Triggers;

/// <summary>
/// Wires the host contract of blob, timer and queue functions: the function catalog, the invocation endpoint's
/// dispatcher and, when <c>Ics2Port:StandaloneTriggers:Enabled</c>, the driver that plays the host locally.
/// Handlers are registered per function name with <see cref="AddBlobTriggerHandler{THandler}"/> and
/// <see cref="AddTimerTriggerHandler{THandler}"/> and <see cref="AddQueueTriggerHandler{THandler}"/>.
/// </summary>
public static class TriggerHostServiceCollectionExtensions
{
    public static IServiceCollection AddTriggerHost(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => FunctionCatalog.Load(
            FunctionsRootLocator.Locate(configuration, sp.GetRequiredService<IHostEnvironment>().ContentRootPath),
            configuration));
        services.TryAddSingleton<TriggerDispatcher>();
        var standalone = configuration.GetSection(StandaloneTriggerOptions.SectionName);
        services.Configure<StandaloneTriggerOptions>(standalone);
        if (standalone.GetValue<bool>(nameof(StandaloneTriggerOptions.Enabled)))
        {
            services.AddHostedService<StandaloneTriggerDriver>();
        }

        return services;
    }

    /// <summary>Registers what the standalone driver calls for a blob whose attempts are used up.</summary>
    public static IServiceCollection AddPoisonBlobHandler<THandler>(this IServiceCollection services)
        where THandler : class, IPoisonBlobHandler =>
        services.AddScoped<IPoisonBlobHandler, THandler>();

    /// <summary>Registers the handler of one blob trigger function (scoped: one instance per invocation).</summary>
    public static IServiceCollection AddBlobTriggerHandler<THandler>(this IServiceCollection services, string functionName)
        where THandler : class, IBlobTriggerHandler =>
        services.AddKeyedScoped<IBlobTriggerHandler, THandler>(functionName);

    /// <summary>Registers the handler of one timer function (scoped: one instance per invocation).</summary>
    public static IServiceCollection AddTimerTriggerHandler<THandler>(this IServiceCollection services, string functionName)
        where THandler : class, ITimerTriggerHandler =>
        services.AddKeyedScoped<ITimerTriggerHandler, THandler>(functionName);

    /// <summary>Registers the handler of one queue trigger function (scoped: one instance per invocation).</summary>
    public static IServiceCollection AddQueueTriggerHandler<THandler>(this IServiceCollection services, string functionName)
        where THandler : class, IQueueTriggerHandler =>
        services.AddKeyedScoped<IQueueTriggerHandler, THandler>(functionName);
}
