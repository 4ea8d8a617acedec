namespace Ics2Port.Functions.Bulk;

using Azure.Storage.Queues.Models;
using Ics2Port.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;

/// <summary>
/// <c>BlobTriggerPoisoned</c>: the blob extension's message for a blob that failed every attempt moves that blob version
/// into quarantine (<see cref="QuarantineHandler"/>). A message that is not a blob trigger's, or names a blob no blob
/// function of this app watches, fails the invocation: after its own attempts it ends in
/// <c>webjobs-blobtrigger-poison-poison</c>, where it stays for a person to look at rather than being deleted.
/// </summary>
public sealed partial class BlobTriggerPoisonedFunction(QuarantineHandler quarantine, ILogger<BlobTriggerPoisonedFunction> logger)
{
    public const string Name = "BlobTriggerPoisoned";

    // The blob trigger's default attempts; host.json sets no other (PackageLayoutTests keeps it so).
    public const int HostAttempts = 5;

    [Function(Name)]
    public async Task RunAsync(
        [QueueTrigger(BlobTriggerPoisonMessage.QueueName, Connection = "AzureWebJobsStorage")] QueueMessage message,
        FunctionContext context)
    {
        if (!BlobTriggerPoisonMessage.TryRead(message.Body.ToString(), out var poison, out var problem))
        {
            LogUnreadable(logger, message.MessageId, problem);
            throw new InvalidOperationException($"Message {message.MessageId} is not a blob trigger's poison message: {problem}. Nothing was moved.");
        }

        var blobPath = $"{poison.ContainerName}/{poison.BlobName}";
        if (!Watches(poison))
        {
            LogNotOurs(logger, message.MessageId, poison.FunctionId, blobPath);
            throw new InvalidOperationException($"Message {message.MessageId} names {poison.FunctionId} and {blobPath}, which no blob function of this app watches. Nothing was moved.");
        }

        await quarantine.HandleAsync(
            new PoisonBlob(poison.FunctionName, poison.ContainerName, poison.BlobName, poison.ETag, HostAttempts, LastError: null, context.InvocationId, message.MessageId),
            context.CancellationToken);
        LogHandedOver(logger, poison.FunctionName, blobPath, poison.ETag.ToString(), message.MessageId);
    }

    private static bool Watches(BlobTriggerPoisonMessage message) =>
        FunctionCatalog.BlobTriggerPath(message.FunctionName) is { } path
            && string.Equals(path.Container, message.ContainerName, StringComparison.Ordinal)
            && path.Match(message.BlobName) is not null;

    [LoggerMessage(Level = LogLevel.Error, Message = "Poison message {MessageId} cannot be read ({Problem}); it fails and ends in the queue's own poison queue")]
    private static partial void LogUnreadable(ILogger logger, string messageId, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Poison message {MessageId} names {FunctionId} and {Blob}, which no blob function of this app watches; it fails and ends in the queue's own poison queue")]
    private static partial void LogNotOurs(ILogger logger, string messageId, string functionId, string blob);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function} {Blob} ({ETag}) failed every attempt (poison message {MessageId}); moved to quarantine")]
    private static partial void LogHandedOver(ILogger logger, string function, string blob, string etag, string messageId);
}
