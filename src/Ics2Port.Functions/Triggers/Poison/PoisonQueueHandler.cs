using Ics2Port.Functions.Triggers.Catalog;
using Ics2Port.Functions.Triggers.Invocation;
using Ics2Port.Functions.Triggers.Standalone;

namespace Ics2Port.Functions.Triggers.Poison;

/// <summary>
/// <c>BlobTriggerPoisoned</c>: in Azure, the host's poison message for a blob that failed every attempt is handed to
/// the same <see cref="IPoisonBlobHandler"/> the standalone driver calls. A message that is not a blob trigger's, or
/// names a blob no blob function of this app watches, fails the invocation: the host then moves it to
/// <c>webjobs-blobtrigger-poison-poison</c>, where it stays for a person to look at, rather than being deleted.
/// </summary>
public sealed partial class PoisonQueueHandler(
    FunctionCatalog catalog,
    IPoisonBlobHandler poisonHandler,
    ILogger<PoisonQueueHandler> logger) : IQueueTriggerHandler
{
    public const string FunctionName = "BlobTriggerPoisoned";

    // The blob trigger's default; host.json sets no other (PackageLayoutTests keeps it so).
    public const int HostAttempts = 5;

    public async Task<TriggerResult> HandleAsync(QueueInvocation invocation, CancellationToken cancellationToken)
    {
        var messageId = invocation.MessageId ?? "(no id)";
        if (!BlobTriggerPoisonMessage.TryRead(invocation.Message, out var message, out var problem))
        {
            LogUnreadable(logger, messageId, invocation.QueueName, problem);
            return TriggerResult.Failure(
                $"Message {messageId} on {invocation.QueueName} is not a blob trigger's poison message: {problem}. Nothing was moved.");
        }

        var blobPath = $"{message.ContainerName}/{message.BlobName}";
        if (Watching(message) is not { } function)
        {
            LogNotOurs(logger, messageId, message.FunctionId, blobPath);
            return TriggerResult.Failure(
                $"Message {messageId} names {message.FunctionId} and {blobPath}, which no blob function of this app watches. Nothing was moved.");
        }

        await poisonHandler.HandleAsync(
            new PoisonBlob(function.Name, message.ContainerName, message.BlobName, message.ETag, HostAttempts, LastError: null, invocation.InvocationId, messageId),
            cancellationToken);
        LogHandedOver(logger, function.Name, blobPath, message.ETag.ToString(), messageId);
        return TriggerResult.Success($"{function.Name} {blobPath} ({message.ETag}): failed every attempt; set aside by the poison handler (message {messageId}).");
    }

    private FunctionDescriptor? Watching(BlobTriggerPoisonMessage message) =>
        catalog.Find(message.FunctionName) is { Trigger: BlobTriggerBinding trigger } function
            && string.Equals(trigger.Path.Container, message.ContainerName, StringComparison.Ordinal)
            && trigger.Path.Match(message.BlobName) is not null
            ? function
            : null;

    [LoggerMessage(Level = LogLevel.Error, Message = "Poison message {MessageId} on {Queue} cannot be read ({Problem}); it fails and ends in the queue's own poison queue")]
    private static partial void LogUnreadable(ILogger logger, string messageId, string queue, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Poison message {MessageId} names {FunctionId} and {Blob}, which no blob function of this app watches; it fails and ends in the queue's own poison queue")]
    private static partial void LogNotOurs(ILogger logger, string messageId, string functionId, string blob);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function} {Blob} ({ETag}) failed every attempt in the host (poison message {MessageId}); handed to the poison handler")]
    private static partial void LogHandedOver(ILogger logger, string function, string blob, string etag, string messageId);
}
