namespace Ics2Port.Functions.Bulk;

using Ics2Port.Functions.Triggers;
using Ics2Port.Functions.Triggers.Poison;

/// <summary>
/// Files dropped into <c>inbound/</c>: the <c>InboundFileUploaded</c> handler, and the quarantine for poisoned blobs,
/// reached through the standalone driver's poison hook or, in Azure, the host's poison queue (<c>BlobTriggerPoisoned</c>).
/// </summary>
public static class BulkFileServiceCollectionExtensions
{
    public static IServiceCollection AddBulkFiles(this IServiceCollection services)
    {
        services.AddSingleton<BulkContainers>();
        services.AddSingleton<ResultFiles>();
        services.AddSingleton<FileQuarantine>();
        services.AddBlobTriggerHandler<InboundFileHandler>(InboundFileHandler.FunctionName);
        services.AddPoisonBlobHandler<QuarantineHandler>();
        services.AddQueueTriggerHandler<PoisonQueueHandler>(PoisonQueueHandler.FunctionName);
        return services;
    }
}
