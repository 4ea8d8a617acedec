namespace Ics2Port.Functions.Bulk;

/// <summary>
/// Files dropped into <c>inbound/</c>: what <c>InboundFileUploaded</c> does with them, and the quarantine that
/// <c>BlobTriggerPoisoned</c> moves a file into when it failed every attempt.
/// </summary>
public static class BulkFileServiceCollectionExtensions
{
    public static IServiceCollection AddBulkFiles(this IServiceCollection services)
    {
        services.AddSingleton<BulkContainers>();
        services.AddSingleton<ResultFiles>();
        services.AddSingleton<FileQuarantine>();
        services.AddSingleton<InboundFileHandler>();
        services.AddSingleton<QuarantineHandler>();
        return services;
    }
}
