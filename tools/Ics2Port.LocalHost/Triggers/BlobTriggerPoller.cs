namespace Ics2Port.LocalHost.Triggers;

using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Queues;
using Ics2Port.Functions.Bulk;
using Ics2Port.Functions.Hosting;
using Ics2Port.LocalHost.Functions;
using Ics2Port.Storage;

/// <summary>
/// Plays the host's blob trigger for one function: lists the watched container by prefix every poll interval and
/// invokes the function once per blob version (name + ETag) that matches its path, claiming it through the receipts
/// first. A failure is retried on later polls; after the last attempt the blob extension's poison message goes on
/// <c>webjobs-blobtrigger-poison</c>, where <c>BlobTriggerPoisoned</c> takes it, as in Azure.
/// </summary>
internal sealed partial class BlobTriggerPoller(
    LocalFunction function,
    BlobPathPattern path,
    BlobContainerClient container,
    QueueClient poisonQueue,
    BlobReceiptStore receipts,
    FunctionRunner runner,
    LocalTriggerOptions options,
    TimeProvider time,
    ILogger logger)
{
    // Versions known to be done, so a poll needs no receipt read for them; pruned to what the last listing held.
    private readonly ConcurrentDictionary<string, bool> _finished = new();

    // Storage unreachable or anything else: log, wait longer, poll again, as the host's listener does.
    public Task RunAsync(CancellationToken cancellationToken) =>
        PollBackoff.RepeatAsync(options.PollInterval, time, PollOnceAsync, e => LogPollFailed(logger, e, function.Name, path.Container), cancellationToken);

    public async Task PollOnceAsync(CancellationToken cancellationToken)
    {
        var pending = new List<BlobItem>();
        var seen = new HashSet<string>();
        try
        {
            await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Prefix = path.Prefix }, cancellationToken))
            {
                var key = BlobReceiptStore.RowKey(path.Container, blob.Name, blob.Properties.ETag!.Value);
                seen.Add(key);
                if (!_finished.ContainsKey(key) && path.Match(blob.Name) is not null)
                {
                    pending.Add(blob);
                }
            }
        }
        catch (RequestFailedException e) when (StorageErrors.IsNotFound(e))
        {
            return;
        }

        foreach (var key in _finished.Keys.Where(k => !seen.Contains(k)))
        {
            _finished.TryRemove(key, out _);
        }

        await Parallel.ForEachAsync(
            pending,
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrency, CancellationToken = cancellationToken },
            async (blob, ct) =>
            {
                try
                {
                    await ProcessAsync(blob.Name, blob.Properties.ETag!.Value, ct);
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    // One blob's fault is that blob's: its claim expires and a later poll tries it again.
                    LogBlobFailed(logger, e, function.Name, $"{path.Container}/{blob.Name}");
                }
            });
    }

    private async Task ProcessAsync(string blobName, ETag etag, CancellationToken cancellationToken)
    {
        var (outcome, claim) = await receipts.TryClaimAsync(
            function.Name, path.Container, blobName, etag, options.MaxAttempts, options.InvocationTimeout + options.PollInterval, cancellationToken);
        if (outcome == ClaimOutcome.Finished)
        {
            _finished[BlobReceiptStore.RowKey(path.Container, blobName, etag)] = true;
        }

        if (claim is null)
        {
            return;
        }

        if (claim.AttemptsExhausted)
        {
            await PoisonAsync(claim, cancellationToken);
            return;
        }

        var run = await runner.RunAsync(function, container.GetBlobClient(blobName), path.Match(blobName)!, cancellationToken);
        LogAttempt(logger, function.Name, claim.BlobPath, claim.Attempt, options.MaxAttempts, run.Succeeded ? "succeeded" : $"failed: {run.Error}", run.InvocationId);
        if (run.Succeeded)
        {
            await receipts.CompleteAsync(claim, cancellationToken);
            _finished[claim.RowKey] = true;
        }
        else if (claim.Attempt >= options.MaxAttempts)
        {
            await PoisonAsync(claim with { LastError = run.Error }, cancellationToken);
        }
        else
        {
            await receipts.FailAsync(claim, run.Error ?? "failed", cancellationToken);
        }
    }

    private async Task PoisonAsync(BlobClaim claim, CancellationToken cancellationToken)
    {
        await poisonQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await poisonQueue.SendMessageAsync(BlobTriggerPoisonMessage.Write(function.Name, claim.Container, claim.BlobName, claim.BlobETag), cancellationToken);
        await receipts.PoisonedAsync(claim, cancellationToken);
        _finished[claim.RowKey] = true;
        LogPoisoned(logger, function.Name, claim.BlobPath, claim.Attempt, claim.LastError, poisonQueue.Name);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Function} {Blob} attempt {Attempt}/{MaxAttempts} {Outcome} ({InvocationId})")]
    private static partial void LogAttempt(ILogger logger, string function, string blob, int attempt, int maxAttempts, string outcome, string invocationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function} {Blob} poisoned after {Attempts} attempts ({LastError}); message on {Queue}")]
    private static partial void LogPoisoned(ILogger logger, string function, string blob, int attempts, string? lastError, string queue);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function} {Blob}: the attempt could not be recorded; a later poll takes it up")]
    private static partial void LogBlobFailed(ILogger logger, Exception exception, string function, string blob);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function}: polling container {Container} failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception, string function, string container);
}
