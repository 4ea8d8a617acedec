namespace Ics2Port.Functions.Fallback.Workflow;

using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Ics2Port.Storage.Layout;

/// <summary>
/// The fallback workflow's singleton: a lease on <c>locks/fallback-workflow</c> in the fallback container, renewed
/// while the run works and released when it ends. A run that cannot renew it cancels <see cref="Lost"/> and stops;
/// the lease of a run that died expires by itself after the lease duration.
/// </summary>
public sealed class WorkflowLease : IAsyncDisposable
{
    public const string LockBlob = "locks/fallback-workflow";

    private readonly BlobLeaseClient _lease;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewal;
    private readonly ILogger _logger;

    private WorkflowLease(BlobLeaseClient lease, TimeSpan duration, ILogger logger)
    {
        _lease = lease;
        LeaseId = lease.LeaseId;
        _logger = logger;
        _renewal = RenewAsync(duration / 3);
    }

    public string LeaseId { get; }

    /// <summary>Cancelled when the lease could not be renewed: another instance may take over, so this one must stop.</summary>
    public CancellationToken Lost => _lost.Token;

    /// <summary>The lease, or null while another instance holds it.</summary>
    public static async Task<WorkflowLease?> TryAcquireAsync(StorageLayout layout, TimeSpan duration, ILogger logger, CancellationToken cancellationToken)
    {
        var blob = layout.Blobs.GetBlobContainerClient(layout.FallbackContainer).GetBlobClient(LockBlob);
        await blob.TryCreateAsync(BinaryData.Empty, "text/plain", cancellationToken: cancellationToken);
        var lease = blob.GetBlobLeaseClient();
        try
        {
            await lease.AcquireAsync(duration, cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.LeaseAlreadyPresent)
        {
            return null;
        }

        return new WorkflowLease(lease, duration, logger);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewal;
        try
        {
            await _lease.ReleaseAsync();
        }
        catch (RequestFailedException e)
        {
            // Not released means held until it expires; the next run waits at most one lease duration.
            LeaseLog.ReleaseFailed(_logger, e, LeaseId);
        }

        _stop.Dispose();
        _lost.Dispose();
    }

    private async Task RenewAsync(TimeSpan interval)
    {
        try
        {
            while (true)
            {
                await Task.Delay(interval, _stop.Token);
                await _lease.RenewAsync(cancellationToken: _stop.Token);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The run ended.
        }
        catch (RequestFailedException e)
        {
            LeaseLog.RenewalFailed(_logger, e, LeaseId);
            await _lost.CancelAsync();
        }
    }
}
