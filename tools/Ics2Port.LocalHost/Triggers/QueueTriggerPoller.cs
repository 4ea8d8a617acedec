namespace Ics2Port.LocalHost.Triggers;

using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Ics2Port.LocalHost.Functions;

/// <summary>
/// Plays the host's queue trigger for one function: takes messages every poll interval, hidden while the function
/// runs; a success deletes the message, a failure makes it visible again, and a message that failed
/// <see cref="LocalTriggerOptions.MaxAttempts"/> times moves to <c>{queue}-poison</c>, as the queue extension does; so does
/// one dequeued more often than that (hosts stopped while running it), without being run again.
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

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // The host creates the queues it listens on.
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        using var timer = new PeriodicTimer(options.PollInterval, time);
        do
        {
            try
            {
                await PollOnceAsync(cancellationToken);
            }
            catch (Exception e) when (e is RequestFailedException or HttpRequestException or IOException)
            {
                LogPollFailed(logger, e, function.Name, queue.Name);
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }

    public async Task PollOnceAsync(CancellationToken cancellationToken)
    {
        var messages = (await queue.ReceiveMessagesAsync(BatchSize, options.InvocationTimeout, cancellationToken)).Value;
        await Parallel.ForEachAsync(
            messages,
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrency, CancellationToken = cancellationToken },
            async (message, ct) =>
            {
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
            });
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

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function}: polling queue {Queue} failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception, string function, string queue);
}
