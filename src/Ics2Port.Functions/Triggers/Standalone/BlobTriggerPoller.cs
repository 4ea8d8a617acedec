using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Ics2Port.Functions.Triggers.Catalog;
using Ics2Port.Storage;
using Ics2Port.Storage.Layout;

namespace Ics2Port.Functions.Triggers.Standalone;

/// <summary>
/// Plays the host's blob trigger for one function: lists the watched container by prefix every poll interval,
/// and invokes the function once per blob version (name + ETag) that matches its path, claiming it through the
/// receipts first. A failure is retried on later polls; after the last attempt the poison hook runs once.
/// </summary>
internal sealed partial class BlobTriggerPoller(
    FunctionDescriptor function,
    BlobTriggerBinding trigger,
    BlobServiceClient blobs,
    BlobReceiptStore receipts,
    LoopbackInvoker invoker,
    IServiceScopeFactory scopes,
    StandaloneTriggerOptions options,
    TimeProvider time,
    ILogger logger)
{
    // Versions known to be done, so a poll needs no receipt read for them; pruned to what the last listing held.
    private readonly ConcurrentDictionary<string, bool> _finished = new();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.PollInterval, time);
        do
        {
            try
            {
                await PollOnceAsync(cancellationToken);
            }
            catch (Exception e) when (e is RequestFailedException or HttpRequestException)
            {
                // Storage unreachable for a moment: the next poll tries again, as the host's listener does.
                LogPollFailed(logger, e, function.Name, trigger.Path.Container);
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }

    public async Task PollOnceAsync(CancellationToken cancellationToken)
    {
        var pending = new List<(string Name, ETag ETag)>();
        var container = blobs.GetBlobContainerClient(trigger.Path.Container);
        var seen = new HashSet<string>();
        try
        {
            await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Prefix = trigger.Path.Prefix }, cancellationToken))
            {
                (string Name, ETag ETag) blob = (item.Name, BlobETags.Unquoted(item.Properties.ETag!.Value));
                var key = BlobReceiptStore.RowKey(trigger.Path.Container, blob.Name, blob.ETag);
                seen.Add(key);
                if (!_finished.ContainsKey(key) && trigger.Path.Match(blob.Name) is not null)
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
            async (blob, ct) => await ProcessAsync(blob, ct));
    }

    private async Task ProcessAsync((string Name, ETag ETag) blob, CancellationToken cancellationToken)
    {
        var container = trigger.Path.Container;
        var (outcome, claim) = await receipts.TryClaimAsync(
            function.Name, container, blob.Name, blob.ETag, options.MaxAttempts, options.InvocationTimeout + options.PollInterval, cancellationToken);
        if (outcome == ClaimOutcome.Finished)
        {
            _finished[BlobReceiptStore.RowKey(container, blob.Name, blob.ETag)] = true;
        }

        if (claim is null)
        {
            return;
        }

        if (claim.AttemptsExhausted)
        {
            await PoisonAsync(claim, claim.LastError, cancellationToken);
            return;
        }

        var download = await blobs.GetBlobContainerClient(container).GetBlobClient(blob.Name).DownloadIfExistsAsync(cancellationToken);
        if (download is null)
        {
            // Deleted since the listing: nothing left to trigger on, as with the host.
            await receipts.CompleteAsync(claim, cancellationToken);
            _finished[claim.RowKey] = true;
            return;
        }

        var envelope = HostEnvelopeBuilder.Blob(
            function.Name, trigger, BlobUri(container, blob.Name), blob.Name, download, trigger.Path.Match(blob.Name)!, time.GetUtcNow());
        var result = await invoker.InvokeAsync(function.Name, envelope, cancellationToken);
        LogInvocation(logger, result.Succeeded ? LogLevel.Information : LogLevel.Warning, function.Name, claim.BlobPath, claim.Attempt,
            options.MaxAttempts, result.Succeeded ? "succeeded" : "failed", result.Duration.TotalMilliseconds, result.InvocationId, result.Detail);

        if (result.Succeeded)
        {
            await receipts.CompleteAsync(claim, cancellationToken);
            _finished[claim.RowKey] = true;
        }
        else if (claim.Attempt >= options.MaxAttempts)
        {
            await PoisonAsync(claim with { LastError = result.Detail, LastInvocationId = result.InvocationId }, result.Detail, cancellationToken);
        }
        else
        {
            await receipts.FailAsync(claim with { LastInvocationId = result.InvocationId }, result.Detail, cancellationToken);
        }
    }

    private async Task PoisonAsync(BlobClaim claim, string? lastError, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetService<IPoisonBlobHandler>();
        if (handler is null)
        {
            LogNoPoisonHandler(logger, function.Name, claim.BlobPath, claim.Attempt);
        }
        else
        {
            try
            {
                await handler.HandleAsync(
                    new PoisonBlob(function.Name, claim.Container, claim.BlobName, claim.BlobETag, claim.Attempt, lastError, claim.LastInvocationId),
                    cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Keep the version failed with its attempts used up: the next poll runs the poison hook again.
                LogPoisonHandlerFailed(logger, e, function.Name, claim.BlobPath);
                await receipts.FailAsync(claim, lastError ?? e.Message, cancellationToken);
                return;
            }
        }

        await receipts.PoisonedAsync(claim, cancellationToken);
        _finished[claim.RowKey] = true;
        LogPoisoned(logger, function.Name, claim.BlobPath, claim.Attempt, lastError);
    }

    private Uri BlobUri(string container, string blobName) => blobs.GetBlobContainerClient(container).GetBlobClient(blobName).Uri;

    [LoggerMessage(Message = "{Function} {Blob} attempt {Attempt}/{MaxAttempts}: {Outcome} in {ElapsedMs:0} ms ({InvocationId}) {Detail}")]
    private static partial void LogInvocation(ILogger logger, LogLevel level, string function, string blob, int attempt, int maxAttempts, string outcome, double elapsedMs, string invocationId, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function} {Blob} poisoned after {Attempts} attempts: {LastError}")]
    private static partial void LogPoisoned(ILogger logger, string function, string blob, int attempts, string? lastError);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Function} {Blob} failed {Attempts} times and no IPoisonBlobHandler is registered; the blob stays where it is")]
    private static partial void LogNoPoisonHandler(ILogger logger, string function, string blob, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function} {Blob}: the poison handler failed; it runs again on the next poll")]
    private static partial void LogPoisonHandlerFailed(ILogger logger, Exception exception, string function, string blob);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function}: polling container {Container} failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception, string function, string container);
}
