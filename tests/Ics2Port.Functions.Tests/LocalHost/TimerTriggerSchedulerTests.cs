using System.Globalization;
using Azure.Data.Tables;
using Ics2Port.LocalHost.Triggers;
using Ics2Port.Testing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ics2Port.Functions.Tests.LocalHost;

/// <summary>
/// The local host's timer trigger on a fake clock and a status table of each test's own: the clock is moved on only
/// once every scheduler waits for its next occurrence, so what fired is all that could have fired by then.
/// </summary>
[Collection("azurite")]
public sealed class TimerTriggerSchedulerTests(AzuriteFixture azurite) : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 12, 0, 30, TimeSpan.Zero);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private readonly WaitingTimeProvider _time = new(Start);
    private readonly FunctionCalls _calls = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _hosts = [];
    private TableClient _status = null!;

    public async Task InitializeAsync()
    {
        _status = azurite.Tables.GetTableClient(azurite.UniqueName("timerstatus"));
        await _status.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_hosts.Select(async host => await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host)));
    }

    public void Dispose() => _stop.Dispose();

    [Fact]
    public async Task RunAsync_EveryMinute_FiresAtEachOccurrenceAndNotBefore()
    {
        await StartAsync(nameof(RecordingFunctions.EveryMinute));

        await AdvanceAsync(TimeSpan.FromSeconds(29));
        var beforeTheFirst = _calls.Count;
        await AdvanceAsync(TimeSpan.FromSeconds(1));
        await AdvanceAsync(TimeSpan.FromMinutes(1));
        await AdvanceAsync(TimeSpan.FromSeconds(59));

        Assert.Equal(0, beforeTheFirst);
        Assert.Equal(
            [
                "12:01:00 pastDue=False last=0001-01-01T00:00:00 next=2026-03-02T12:01:00",
                "12:02:00 pastDue=False last=2026-03-02T12:01:00 next=2026-03-02T12:02:00",
            ],
            Calls());
    }

    [Fact]
    public async Task RunAsync_TwoHostsOnOneStatusTable_EachOccurrenceFiredOnce()
    {
        await StartAsync(nameof(RecordingFunctions.EveryMinute), "host-a", "host-b");

        await AdvanceAsync(TimeSpan.FromSeconds(30));
        await AdvanceAsync(TimeSpan.FromMinutes(1));
        await AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(["12:01:00", "12:02:00", "12:03:00"], Calls().Select(call => call[..8]));
    }

    [Fact]
    public async Task RunAsync_RecordedNextPassedWhileNoHostRan_FiresOnceAtStartPastDue()
    {
        await RecordRunAsync(nameof(RecordingFunctions.EveryMinute), Start.AddMinutes(-2.5), Start.AddMinutes(-1.5));

        await StartAsync(nameof(RecordingFunctions.EveryMinute), "host-a", "host-b");

        Assert.Equal(["12:00:30 pastDue=True last=2026-03-02T11:58:00 next=2026-03-02T11:59:00"], Calls());
    }

    [Fact]
    public async Task RunAsync_RecordedNextStillAhead_NothingAtStart()
    {
        await RecordRunAsync(nameof(RecordingFunctions.EveryMinute), Start.AddSeconds(-30), Start.AddSeconds(30));

        await StartAsync(nameof(RecordingFunctions.EveryMinute));

        Assert.Empty(_calls.All);
    }

    [Fact]
    public async Task RunAsync_RunOnStartup_FiresAtStartThenWaitsForTheSchedule()
    {
        await StartAsync(nameof(RecordingFunctions.DailyAndOnStartup));

        await AdvanceAsync(TimeSpan.FromHours(1));

        Assert.Equal(["12:00:30 pastDue=False last=0001-01-01T00:00:00 next=2026-03-02T12:00:30"], Calls());
    }

    // Each host has its own scheduler and owner on the shared status table; returns once all of them wait.
    private async Task StartAsync(string method, params string[] hosts)
    {
        var function = RecordingFunctions.Function(method);
        var trigger = (TimerTriggerAttribute)function.Trigger;
        foreach (var host in hosts.DefaultIfEmpty("host-a"))
        {
            var scheduler = new TimerTriggerScheduler(
                function,
                TimerSchedule.Parse(trigger.Schedule),
                trigger.RunOnStartup,
                new TimerStatusStore(_status, host, _time),
                RecordingFunctions.Runner(_calls, _time),
                _time,
                NullLogger.Instance);
            _hosts.Add(scheduler.RunAsync(_stop.Token));
        }

        await WaitingAsync();
    }

    private async Task AdvanceAsync(TimeSpan by)
    {
        _time.Advance(by);
        await WaitingAsync();
    }

    private async Task WaitingAsync()
    {
        await Eventually.WaitUntilAsync(() => _time.Waiting >= _hosts.Count || _hosts.Any(host => host.IsCompleted), Deadline, "every scheduler to wait for its next occurrence");
        await Task.WhenAll(_hosts.Where(host => host.IsCompleted));
    }

    // What a host that ran the occurrence at last and then stopped left in the status table.
    private async Task RecordRunAsync(string method, DateTimeOffset last, DateTimeOffset next)
    {
        var function = RecordingFunctions.Function(method);
        await new TimerStatusStore(_status, "stopped-host", _time).TryClaimAsync(function.Name, last, next, CancellationToken.None);
    }

    private List<string> Calls() => [.. _calls.All.Select(call => string.Create(CultureInfo.InvariantCulture, $"{call.At:HH:mm:ss} {call.Input}"))];
}
