namespace Ics2Port.Functions.Bulk;

using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;

/// <summary>
/// <c>InboundFileUploaded</c>: a file dropped at <see cref="InboundFile.Layout"/> is filed as the HTTP request would
/// be, and its answer written to <c>results/</c> (<see cref="InboundFileHandler"/>). On Flex Consumption the blob
/// trigger works with the Event Grid source only.
/// </summary>
public sealed class InboundFileUploadedFunction(InboundFileHandler handler)
{
    public const string Name = "InboundFileUploaded";

    [Function(Name)]
    public Task RunAsync(
        [BlobTrigger("inbound/{name}", Source = BlobTriggerSource.EventGrid, Connection = "AzureWebJobsStorage")] BlobClient file,
        FunctionContext context) =>
        handler.HandleAsync(new TriggeredBlob(Name, file.BlobContainerName, file.Name, context.InvocationId), context.CancellationToken);
}
