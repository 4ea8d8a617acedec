namespace Ics2Port.Functions.Tests.Fallback.Workflow;

using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Ics2Port.Functions.Fallback.Workflow;
using Ics2Port.Storage.Layout;
using Ics2Port.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

/// <summary>
/// The workflow's lease on Azurite, its Blob requests through a proxy that can cut or stall them, on a fake clock: however
/// a renewal fails, <see cref="WorkflowLease.Lost"/> is cancelled before the lease can expire, and the lease's end never
/// waits on stalled storage longer than the lease.
/// </summary>
[Collection("azurite")]
public sealed class WorkflowLeaseTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly RecordingLogger _log = new();
    private TcpFaultProxy _proxy = null!;
    private StorageLayout _direct = null!;
    private StorageLayout _throughProxy = null!;

    public static TheoryData<string, Type> RenewalErrors => new()
    {
        { "cut", typeof(AggregateException) },
        { "taken over", typeof(RequestFailedException) },
    };

    public async Task InitializeAsync()
    {
        _proxy = TcpFaultProxy.Start(azurite.Server.BlobEndpoint.Port);
        var prefix = azurite.UniqueName("lease");
        _direct = new StorageLayout(azurite.Blobs, azurite.Tables, prefix);
        // One retry, so a cut fails after two tries instead of four back-offs.
        var throughProxy = new BlobServiceClient(azurite.Server.ConnectionStringWithBlobPort(_proxy.Port), new BlobClientOptions { Retry = { MaxRetries = 1 } });
        _throughProxy = new StorageLayout(throughProxy, azurite.Tables, prefix);
        await _direct.Blobs.GetBlobContainerClient(_direct.FallbackContainer).CreateAsync();
    }

    public async Task DisposeAsync() => await _proxy.DisposeAsync();

    [Fact]
    public async Task Lost_RenewalStalls_CancelledBeforeTheLeaseExpires()
    {
        var expiry = _clock.GetUtcNow() + Duration;
        await using var lease = await AcquireAsync(_throughProxy);
        _proxy.Stall();
        _clock.Advance(Duration / 3);
        await Eventually.WaitUntilAsync(() => _proxy.BytesHeld > 0, Deadline, "the renewal held by the stalled storage");
        var lostWhileRenewing = lease.Lost.IsCancellationRequested;

        _clock.Advance(expiry - _clock.GetUtcNow() - TimeSpan.FromMilliseconds(1));

        var failure = await RenewalFailureAsync();
        Assert.False(lostWhileRenewing);
        Assert.True(lease.Lost.IsCancellationRequested);
        Assert.True(_clock.GetUtcNow() < expiry);
        Assert.IsAssignableFrom<OperationCanceledException>(failure);
    }

    [Theory]
    [MemberData(nameof(RenewalErrors))]
    public async Task Lost_RenewalFailsWithAnyError_CancelledAtOnce(string fault, Type thrown)
    {
        var expiry = _clock.GetUtcNow() + Duration;
        await using var lease = await AcquireAsync(_throughProxy);
        if (fault == "cut")
        {
            _proxy.Cut();
        }
        else
        {
            await TakeOverAsync();
        }

        _clock.Advance(Duration / 3);

        var failure = await RenewalFailureAsync();
        Assert.True(lease.Lost.IsCancellationRequested);
        Assert.True(_clock.GetUtcNow() < expiry);
        Assert.IsAssignableFrom(thrown, failure);
    }

    [Fact]
    public async Task Lost_RenewedEveryThirdOfItsDuration_NotCancelledOnceTheFirstDurationHasPassed()
    {
        var expiry = _clock.GetUtcNow() + Duration;
        await using var lease = await AcquireAsync(_throughProxy);

        for (var renewal = 1; renewal <= 3; renewal++)
        {
            _clock.Advance(Duration / 3);
            await Eventually.WaitUntilAsync(() => _log.Count("was renewed") == renewal, Deadline, $"renewal {renewal}");
        }

        Assert.False(lease.Lost.IsCancellationRequested);
        Assert.True(_clock.GetUtcNow() >= expiry);
    }

    [Fact]
    public async Task DisposeAsync_RunEnded_ReleasesTheLeaseForTheNextRun()
    {
        var lease = await AcquireAsync(_throughProxy);

        await lease.DisposeAsync();

        Assert.Equal(LeaseState.Available, (await LockBlob().GetPropertiesAsync()).Value.LeaseState);
    }

    [Fact]
    public async Task DisposeAsync_ReleaseStalls_EndsBeforeTheLeaseWouldExpire()
    {
        var expiry = _clock.GetUtcNow() + Duration;
        var lease = await AcquireAsync(_throughProxy);
        _proxy.Stall();

        var disposing = lease.DisposeAsync().AsTask();
        await Eventually.WaitUntilAsync(() => _proxy.BytesHeld > 0, Deadline, "the release held by the stalled storage");
        var endedWhileStalled = disposing.IsCompleted;
        _clock.Advance(expiry - _clock.GetUtcNow() - TimeSpan.FromMilliseconds(1));

        var ended = await Record.ExceptionAsync(() => disposing.WaitAsync(Deadline));
        Assert.False(endedWhileStalled);
        Assert.Null(ended);
        Assert.Equal(1, _log.Count("could not be released"));
        Assert.Equal(LeaseState.Leased, (await LockBlob().GetPropertiesAsync()).Value.LeaseState);
    }

    private async Task<WorkflowLease> AcquireAsync(StorageLayout layout) =>
        await WorkflowLease.TryAcquireAsync(layout, Duration, _clock, _log, CancellationToken.None)
        ?? throw new InvalidOperationException("The lock blob was leased already.");

    // Another instance takes the lease, as after an expiry: it is broken and acquired under a new id.
    private async Task TakeOverAsync()
    {
        await LockBlob().GetBlobLeaseClient().BreakAsync(TimeSpan.Zero);
        await LockBlob().GetBlobLeaseClient().AcquireAsync(Duration);
    }

    private BlobClient LockBlob() => _direct.Blobs.GetBlobContainerClient(_direct.FallbackContainer).GetBlobClient(WorkflowLease.LockBlob);

    private async Task<Exception?> RenewalFailureAsync()
    {
        await Eventually.WaitUntilAsync(() => _log.Count("could not be renewed") == 1, Deadline, "the renewal's failure");
        return _log.Entries.Single(entry => entry.Message.Contains("could not be renewed", StringComparison.Ordinal)).Exception;
    }

    private sealed class RecordingLogger : ILogger
    {
        private readonly ConcurrentQueue<(string Message, Exception? Exception)> _entries = new();

        public IReadOnlyList<(string Message, Exception? Exception)> Entries => [.. _entries];

        public int Count(string text) => _entries.Count(entry => entry.Message.Contains(text, StringComparison.Ordinal));

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _entries.Enqueue((formatter(state, exception), exception));
    }
}
