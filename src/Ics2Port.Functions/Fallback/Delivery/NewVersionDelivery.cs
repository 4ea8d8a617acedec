namespace Ics2Port.Functions.Fallback.Delivery;

using System.Collections.Concurrent;
using Ics2Port.Functions.Fallback.Channels;
using Ics2Port.Storage.Documents;
using Microsoft.Extensions.Options;

/// <summary>
/// Delivers a newly committed version off the request: the delivery runs on its own, bounded by the port system's
/// request timeout, and the answer waits for it at most <see cref="PortSystemOptions.SubmissionTimeout"/>. A quick port
/// system makes the receipt say <c>delivered</c> (or <c>pending</c> in an outage); a slow one leaves it <c>accepted</c>
/// and the delivery goes on. A process that dies first leaves the version <c>accepted</c> with its open row, where the
/// timer finds it. Stopping the host waits for deliveries under way.
/// </summary>
public sealed class NewVersionDelivery(
    DocumentDelivery delivery,
    FallbackChannels channels,
    IOptions<PortSystemOptions> options,
    TimeProvider time,
    ILogger<NewVersionDelivery> logger) : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<Task, bool> _running = new();
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Starts delivering <paramref name="version"/> and answers it as it stands when that ended or the wait is over.</summary>
    public async Task<DocumentVersion> StartAsync(DocumentVersion version, CancellationToken cancellationToken)
    {
        if (channels.PortSystem is null)
        {
            return version;
        }

        var running = DeliverAsync(version);
        var waited = await Task.WhenAny(running, Task.Delay(options.Value.SubmissionTimeout, time, cancellationToken));
        return waited == running ? await running : version;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Deliveries under way may finish (the host's shutdown timeout bounds it); what is cut off the timer delivers.
        await Task.WhenAll(_running.Keys).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await _stopping.CancelAsync();
    }

    public void Dispose() => _stopping.Dispose();

    private Task<DocumentVersion> DeliverAsync(DocumentVersion version)
    {
        Task<DocumentVersion> task;
        // Not the request's: its cancellation, scope and storage calls end with the answer.
        using (ExecutionContext.SuppressFlow())
        {
            task = Task.Run(() => DeliverOrLogAsync(version));
        }

        _running.TryAdd(task, true);
        _ = task.ContinueWith(done => _running.TryRemove(done, out _), TaskScheduler.Default);
        return task;
    }

    private async Task<DocumentVersion> DeliverOrLogAsync(DocumentVersion version)
    {
        try
        {
            return await delivery.DeliverNewVersionAsync(version, _stopping.Token);
        }
        catch (Exception e)
        {
            // The version stays open (its open row); the timer delivers it.
            FallbackLog.NewVersionNotDelivered(logger, e, version.DocumentId, version.Version);
            return version;
        }
    }
}
