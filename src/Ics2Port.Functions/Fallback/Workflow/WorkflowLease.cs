namespace Ics2Port.Functions.Fallback.Workflow;

using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Ics2Port.Storage.Layout;

/// <summary>
/// The fallback workflow's singleton: a lease on <c>locks/fallback-workflow</c> in the fallback container, renewed every
/// third of its duration while the run works and released when it ends. The lease is trusted until a sixth of its
/// duration before it would expire, counted from when the last acquire or renewal that succeeded was sent (the service
/// starts the duration when the request reaches it, never earlier). <see cref="Lost"/> is cancelled at that moment
/// unless a renewal has moved it on, and at once when a renewal fails in any way; a renewal still unanswered then is
/// given up. The run stops on it, so nothing leaves a run after its lease may have passed to another instance. The
/// lease of a run that died expires by itself after the lease duration.
/// </summary>
public sealed class WorkflowLease : IAsyncDisposable
{
    public const string LockBlob = "locks/fallback-workflow";

    private readonly BlobLeaseClient _lease;
    private readonly TimeSpan _duration;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _lost;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewal;
    private readonly ILogger _logger;

    private WorkflowLease(BlobLeaseClient lease, TimeSpan duration, long acquireSentAt, TimeProvider time, ILogger logger)
    {
        _lease = lease;
        _duration = duration;
        _time = time;
        _logger = logger;
        LeaseId = lease.LeaseId;
        _lost = new CancellationTokenSource(TrustedFor(acquireSentAt), time);
        _renewal = RenewAsync(acquireSentAt);
    }

    public string LeaseId { get; }

    /// <summary>Cancelled once the lease may expire or has been lost: another instance may take over, so this one must stop.</summary>
    public CancellationToken Lost => _lost.Token;

    /// <summary>The lease, or null while another instance holds it.</summary>
    public static async Task<WorkflowLease?> TryAcquireAsync(
        StorageLayout layout, TimeSpan duration, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        var blob = layout.Blobs.GetBlobContainerClient(layout.FallbackContainer).GetBlobClient(LockBlob);
        var lease = blob.GetBlobLeaseClient();
        var sentAt = time.GetTimestamp();

        // A lease acquired later than this would be in doubt from the start.
        using var limit = new CancellationTokenSource(Trusted(duration), time);
        using var acquiring = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        await blob.TryCreateAsync(BinaryData.Empty, "text/plain", cancellationToken: acquiring.Token);
        try
        {
            await lease.AcquireAsync(duration, cancellationToken: acquiring.Token);
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.LeaseAlreadyPresent)
        {
            return null;
        }

        return new WorkflowLease(lease, duration, sentAt, time, logger);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewal;
        if (!_lost.IsCancellationRequested)
        {
            try
            {
                // Bounded by Lost: a stalled release must not hold the run's end past the time the lease is trusted.
                await _lease.ReleaseAsync(cancellationToken: _lost.Token);
            }
            catch (Exception e)
            {
                // Not released means held until it expires; the next run waits at most one lease duration.
                LeaseLog.ReleaseFailed(_logger, e, LeaseId);
            }
        }

        _stop.Dispose();
        _lost.Dispose();
    }

    // Renewals every third of the duration and trust until a sixth before expiry: each renewal has half the lease to get through.
    private static TimeSpan Trusted(TimeSpan duration) => duration - (duration / 6);

    private TimeSpan TrustedFor(long sentAt) => Positive(Trusted(_duration) - _time.GetElapsedTime(sentAt));

    private static TimeSpan Positive(TimeSpan span) => span > TimeSpan.Zero ? span : TimeSpan.Zero;

    private async Task RenewAsync(long lastSentAt)
    {
        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token, _lost.Token);
        try
        {
            while (true)
            {
                await Task.Delay(Positive((_duration / 3) - _time.GetElapsedTime(lastSentAt)), _time, renewing.Token);
                var sentAt = _time.GetTimestamp();
                await _lease.RenewAsync(cancellationToken: renewing.Token);
                lastSentAt = sentAt;
                _lost.CancelAfter(TrustedFor(sentAt));
                LeaseLog.Renewed(_logger, LeaseId);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The run ended.
        }
        catch (Exception e)
        {
            // Refused, cut off, timed out or given up when the lease may expire: whatever the failure, the lease is in doubt.
            LeaseLog.RenewalFailed(_logger, e, LeaseId);
            await _lost.CancelAsync();
        }
    }
}
