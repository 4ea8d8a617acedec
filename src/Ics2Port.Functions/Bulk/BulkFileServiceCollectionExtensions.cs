namespace Ics2Port.Functions.Bulk;

using Ics2Port.Functions.Triggers;

/// <summary>Files dropped into <c>inbound/</c>: the <c>InboundFileUploaded</c> handler and the quarantine for poisoned blobs.</summary>
public static class BulkFileServiceCollectionExtensions
{
    public static IServiceCollection AddBulkFiles(this IServiceCollection services)
    {
        services.AddSingleton<BulkContainers>();
        services.AddSingleton<ResultFiles>();
        services.AddSingleton<FileQuarantine>();
        services.AddBlobTriggerHandler<InboundFileHandler>(InboundFileHandler.FunctionName);
        services.AddPoisonBlobHandler<QuarantineHandler>();
        return services;
    }
}
