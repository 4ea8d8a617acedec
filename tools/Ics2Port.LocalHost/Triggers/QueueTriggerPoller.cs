namespace Ics2Port.LocalHost.Triggers;

using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Ics2Port.LocalHost.Functions;

/// <summary>
/// Plays the host's queue trigger for one function: takes messages every poll interval, hidden while the function
/// runs; a success deletes the message, a failure makes it visible again, and a message that failed
/// <see cref="LocalTriggerOptions.MaxAttempts"/> times moves to <c>{queue}-poison</c>, as the queue extension does.
/// </summary>
internal sealed partial class QueueTriggerPoller(
    LocalFunction function,
    QueueClient queue,
    QueueClient poisonQueue,
    FunctionRunner runner,
    LocalTriggerOptions options,
    TimeProvider time,
    ILogger logger)
{
    private const int BatchSize = 16;

    public Task RunAsync(CancellationToken cancellationToken)
    {
        // The host creates the queues it listens on; until storage answers, the polls keep trying.
        var created = false;
        return PollBackoff.RepeatAsync(
            options.PollInterval,
            time,
            async ct =>
            {
                if (!created)
                {
                    await queue.CreateIfNotExistsAsync(cancellationToken: ct);
                    created = true;
                }

                await PollOnceAsync(ct);
            },
            e => LogPollFailed(logger, e, function.Name, queue.Name),
            cancellationToken);
    }

    public async Task PollOnceAsync(CancellationToken cancellationToken)
    {
        var messages = (await queue.ReceiveMessagesAsync(BatchSize, options.InvocationTimeout, cancellationToken)).Value;
        await Parallel.ForEachAsync(
            messages,
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrency, CancellationToken = cancellationToken },
            async (message, ct) =>
            {
                try
                {
                    await HandleAsync(message, ct);
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    // The message stays on the queue and shows again once its visibility timeout ends.
                    LogMessageFailed(logger, e, function.Name, message.MessageId);
                }
            });
    }

    private async Task HandleAsync(QueueMessage message, CancellationToken ct)
    {
        // As the queue extension does: a message dequeued more often than allowed (its runs outlived their hold or
        // their host) goes to the poison queue without running again.
        if (message.DequeueCount > options.MaxAttempts)
        {
            await PoisonAsync(message, ct);
            return;
        }

        var run = await runner.RunAsync(function, message, new Dictionary<string, string>(), ct);
        if (run.Succeeded)
        {
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
        }
        else if (message.DequeueCount >= options.MaxAttempts)
        {
            await PoisonAsync(message, ct);
        }
        else
        {
            await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: ct);
        }
    }

    private async Task PoisonAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        await poisonQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await poisonQueue.SendMessageAsync(message.Body, cancellationToken: cancellationToken);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        LogPoisoned(logger, function.Name, message.MessageId, message.DequeueCount, poisonQueue.Name);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function}: message {MessageId} dequeued {Attempts} times without success; moved to {Queue}")]
    private static partial void LogPoisoned(ILogger logger, string function, string messageId, long attempts, string queue);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function}: message {MessageId} could not be settled; it shows again after its visibility timeout")]
    private static partial void LogMessageFailed(ILogger logger, Exception exception, string function, string messageId);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function}: polling queue {Queue} failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception, string function, string queue);
}
