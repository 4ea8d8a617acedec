namespace Ics2Port.Functions.Tests.Fallback;

using System.Globalization;
using System.Net;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Ics2Port.Functions.Fallback.Delivery;
using Ics2Port.Functions.Fallback.Workflow;
using Ics2Port.Functions.Tests.Fallback.Channels;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.PeerSimulators;
using Ics2Port.Storage.Deliveries;
using Ics2Port.Storage.Layout;
using Ics2Port.Testing;
using Ics2Port.Testing.Peers.Smtp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

/// <summary>Several workers and crashed workers: nothing is sent twice by accident, and a crash costs at most one repeat.</summary>
[Collection("azurite")]
public sealed class FallbackWorkflowConcurrencyTests(AzuriteFixture azurite, PeerSimulatorFixture peers, MailDevFixture mail)
    : IClassFixture<PeerSimulatorFixture>, IClassFixture<MailDevFixture>, IAsyncLifetime
{
    private static readonly TimeSpan RunOverlap = TimeSpan.FromMilliseconds(300);

    // As FallbackHarness configures it.
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(15);

    private FallbackHarness _harness = null!;
    private TcpFaultProxy? _blobProxy;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        // The proxy first: its reset ends whatever the stalled instance still waits for.
        if (_blobProxy is not null)
        {
            await _blobProxy.DisposeAsync();
        }

        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }

    [Fact]
    public async Task FallbackWorkflow_TwoInstancesAtOnce_OneRunsEachLetterAndEachReentryOnce()
    {
        var (second, outageId) = await StartTwoInstancesWithArrivalFiledInOutageAsync();
        await SlowPeersAsync();

        var duringOutage = await RunBothAtOnceAsync(second);
        await _harness.RestoreAsync(outageId);
        var afterRestoration = await RunBothAtOnceAsync(second);

        var letters = (await peers.ReceivedAsync(PeerNames.Eds)).EnumerateArray().ToList();
        var cases = await _harness.CasesAsync();
        Assert.Equal([false, true], duringOutage.Select(FallbackHarness.LeaseHeldElsewhere).Order());
        Assert.Equal([false, true], afterRestoration.Select(FallbackHarness.LeaseHeldElsewhere).Order());
        Assert.Equal(3, letters.Count);
        Assert.All(letters, letter => Assert.Equal(1, letter.GetProperty("requests").GetInt32()));
        Assert.All(cases.Values, fallbackCase => Assert.Equal(("re-entered", "eds sent, re-entry delivered"), (fallbackCase.State(), fallbackCase.Attempts())));
        Assert.Equal([1, 1, 1], (await _harness.PortSystemRequestsAsync()).Values);
    }

    [Fact]
    public async Task FallbackWorkflow_TwoInstancesAtOnceEdsDown_EachDocumentEmailedOnceAndReenteredOnce()
    {
        var (second, outageId) = await StartTwoInstancesWithArrivalFiledInOutageAsync();
        await peers.SetAvailableAsync(PeerNames.Eds, false);
        await SlowPeersAsync();

        var duringOutage = await RunBothAtOnceAsync(second);
        await mail.Server.WaitForMessagesAsync(3, TimeSpan.FromSeconds(15));
        await _harness.RestoreAsync(outageId);
        var afterRestoration = await RunBothAtOnceAsync(second);

        // Read after the second pair of runs: a message sent twice during the outage has long arrived by now.
        var messages = await mail.Server.GetMessagesAsync();
        var cases = await _harness.CasesAsync();
        Assert.Equal([false, true], duringOutage.Select(FallbackHarness.LeaseHeldElsewhere).Order());
        Assert.Equal([false, true], afterRestoration.Select(FallbackHarness.LeaseHeldElsewhere).Order());
        Assert.All(cases.Values, fallbackCase => Assert.Equal(
            ("re-entered", "eds unavailable, email sent, re-entry delivered"), (fallbackCase.State(), fallbackCase.Attempts())));
        Assert.Equal(
            cases.Values.Select(fallbackCase => fallbackCase.GetProperty("attempts")[1].GetProperty("reference").GetString()).Order(),
            messages.Select(message => message.MessageId).Order());
        Assert.Equal(cases.Keys.Order(), (await _harness.PortSystemRequestsAsync()).Where(received => received.Value == 1).Select(received => received.Key).Order());
    }

    [Fact]
    public async Task CaseAttempts_TwoWorkersHoldingTheSameRead_OnlyOneActs()
    {
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server);
        var portCallId = await _harness.CreatePortCallAsync();
        await _harness.AnnounceOutageAsync();
        var receipt = await FallbackHarness.FileAsync(_harness.AgentA, portCallId, "fal4", Api.Json(Samples.Fal4));
        var deliveries = _harness.App.Services.GetRequiredService<DeliveryStore>();
        var caseAttempts = _harness.App.Services.GetRequiredService<CaseAttempts>();
        var read = (await deliveries.GetAsync(portCallId, "arrival", "fal4", receipt.GetProperty("version").GetInt32()))!;
        var acts = 0;

        var results = await Task.WhenAll(Enumerable.Range(1, 2).Select(worker => caseAttempts.RunAsync(
            read,
            AttemptChannels.Eds,
            $"worker-{worker}",
            holdsLease: false,
            async (_, token) =>
            {
                Interlocked.Increment(ref acts);
                await Task.Delay(200, token);
                return new AttemptResult(AttemptOutcomes.Sent, Domain.Fallback.FallbackEvent.EdsLetterSent, Reference: "letter");
            },
            CancellationToken.None)));

        var stored = (await deliveries.RefreshAsync(read))!;
        Assert.Equal(1, acts);
        Assert.Single(results, result => result is not null);
        Assert.Equal(("fallback-eds", 1), (stored.State, stored.Attempts.Count));
    }

    [Fact]
    public async Task FallbackWorkflow_ProcessKilledAfterEmailSentBeforeItWasRecorded_CaseKeptAndResentOnceWithTheSameMessageId()
    {
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server);
        var portCallId = await _harness.CreatePortCallAsync();
        var outageId = await _harness.AnnounceOutageAsync();
        var receipt = await FallbackHarness.FileAsync(_harness.AgentA, portCallId, "fal4", Api.Json(Samples.Fal4));
        var caseId = $"{receipt.GetProperty("documentId").GetString()}-v1";
        await peers.SetAvailableAsync(PeerNames.Eds, false);
        // maildev gets the whole message, the app never hears "250 OK": it is killed while it waits for it.
        await using var holdingReply = SmtpReplyHoldingProxy.Start(mail.Server.SmtpHost, mail.Server.SmtpPort);
        await using var doomed = await AppProcess.StartAsync(_harness.ConfigurationWith(new Dictionary<string, string?>
        {
            ["Ics2Port:Smtp:Port"] = holdingReply.Port.ToString(CultureInfo.InvariantCulture),
            ["Ics2Port:Smtp:SendTimeout"] = "00:02:00",
        }));
        using var started = await FallbackHarness.StartTimerAsync(doomed.BaseAddress);
        var sentBeforeKill = await mail.Server.WaitForMessagesAsync(1, TimeSpan.FromSeconds(60));
        doomed.Kill();
        var leftStarted = (await _harness.CasesAsync())[caseId];

        var whileLeaseHeld = await _harness.RunTimerAsync();
        var resumed = await RunOnceLeaseExpiredAsync();
        await _harness.RestoreAsync(outageId);
        await _harness.RunTimerAsync();

        var messages = await mail.Server.WaitForMessagesAsync(2, TimeSpan.FromSeconds(15));
        var recovered = (await _harness.CasesAsync())[caseId];
        var messageId = leftStarted.GetProperty("attempts")[1].GetProperty("reference").GetString();
        Assert.True(sentBeforeKill.Count == 1, $"maildev received {sentBeforeKill.Count} message(s) before the kill:\n{doomed.Output}");
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal(("fallback-email", "eds unavailable, email started"), (leftStarted.State(), leftStarted.Attempts()));
        Assert.True(FallbackHarness.LeaseHeldElsewhere(whileLeaseHeld), "The killed run's lease was released: " + string.Join(" ", whileLeaseHeld));
        Assert.False(FallbackHarness.LeaseHeldElsewhere(resumed));
        Assert.Equal([messageId, messageId], messages.Select(message => message.MessageId));
        Assert.Equal(("re-entered", "eds unavailable, email sent, re-entry delivered"), (recovered.State(), recovered.Attempts()));
        Assert.Equal((messageId, 1), (recovered.GetProperty("attempts")[1].GetProperty("reference").GetString(), recovered.GetProperty("attempts")[1].GetProperty("resumptions").GetInt32()));
        Assert.Equal(new Dictionary<string, int> { [caseId] = 1 }, await _harness.PortSystemRequestsAsync());
    }

    [Fact]
    public async Task FallbackWorkflow_LeaseRenewalStallsWhileALetterIsOnItsWay_RunStopsBeforeTheLeaseExpiresAndTheNextHolderSendsEachLetterOnce()
    {
        var (stalling, clock, blobs) = await StartWithInstanceOnStallingBlobStorageAsync();
        var portCallId = await _harness.CreatePortCallAsync();
        await _harness.AnnounceOutageAsync();
        foreach (var (type, content, _) in FallbackHarness.ArrivalDocuments())
        {
            await FallbackHarness.FileAsync(_harness.AgentA, portCallId, type, content());
        }

        // The first letter waits at the EDS, unfiled, until the run gives it up.
        await peers.SetDelayAsync(PeerNames.Eds, TimeSpan.FromMinutes(1));
        var stalledRun = Task.Run(() => FallbackHarness.RunTimerAsync(stalling));
        await Eventually.WaitUntilAsync(
            async () => (await _harness.CasesAsync()).Values.Any(fallbackCase => fallbackCase.Attempts() == "eds started"),
            TimeSpan.FromSeconds(20),
            "the first letter claimed and on its way");
        blobs.Stall();
        clock.Advance(LeaseDuration / 3);
        await Eventually.WaitUntilAsync(() => blobs.BytesHeld > 0, TimeSpan.FromSeconds(10), "the renewal held by the stalled storage");

        clock.Advance(LeaseDuration - (LeaseDuration / 3) - TimeSpan.FromMilliseconds(1));

        var stopped = await Record.ExceptionAsync(() => stalledRun.WaitAsync(TimeSpan.FromSeconds(10)));
        var leaseWhenStopped = (await LockBlob().GetPropertiesAsync()).Value.LeaseState;
        await peers.SetDelayAsync(PeerNames.Eds, TimeSpan.Zero);
        var whileLeaseStands = await _harness.RunTimerAsync();
        var afterExpiry = await RunOnceLeaseExpiredAsync();
        var letters = (await peers.ReceivedAsync(PeerNames.Eds)).EnumerateArray().ToList();
        var cases = await _harness.CasesAsync();
        Assert.IsAssignableFrom<OperationCanceledException>(stopped);
        Assert.Equal(LeaseState.Leased, leaseWhenStopped);
        Assert.True(FallbackHarness.LeaseHeldElsewhere(whileLeaseStands), "The stopped run's lease was released: " + string.Join(" ", whileLeaseStands));
        Assert.False(FallbackHarness.LeaseHeldElsewhere(afterExpiry));
        Assert.Equal(3, letters.Count);
        Assert.All(letters, letter => Assert.Equal(1, letter.GetProperty("requests").GetInt32()));
        Assert.All(cases.Values, fallbackCase => Assert.Equal(("fallback-eds", "eds sent"), (fallbackCase.State(), fallbackCase.Attempts())));
        Assert.Equal([0, 0, 1], cases.Values.Select(fallbackCase => Resumptions(fallbackCase.GetProperty("attempts")[0])).Order());
        Assert.Empty(await mail.Server.GetMessagesAsync());
    }

    private static int Resumptions(JsonElement attempt) =>
        attempt.TryGetProperty("resumptions", out var resumptions) && resumptions.ValueKind == JsonValueKind.Number ? resumptions.GetInt32() : 0;

    // The harness's first instance on Azurite itself, and one whose Blob requests (the lease's among them) pass a proxy that can stall, on a fake clock.
    private async Task<(TestApp Stalling, FakeTimeProvider Clock, TcpFaultProxy Blobs)> StartWithInstanceOnStallingBlobStorageAsync()
    {
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server);
        _blobProxy = TcpFaultProxy.Start(azurite.Server.BlobEndpoint.Port);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var stalling = await _harness.StartInstanceAsync(
            services => services.AddSingleton<TimeProvider>(clock),
            new Dictionary<string, string?>
            {
                ["Ics2Port:Storage:ConnectionString"] = azurite.Server.ConnectionStringWithBlobPort(_blobProxy.Port),
                ["Ics2Port:Eds:RequestTimeout"] = "00:02:00",
            });
        return (stalling, clock, _blobProxy);
    }

    private BlobClient LockBlob()
    {
        var layout = _harness.App.Services.GetRequiredService<StorageLayout>();
        return layout.Blobs.GetBlobContainerClient(layout.FallbackContainer).GetBlobClient(WorkflowLease.LockBlob);
    }

    // A killed run's lease is not released; it expires one lease duration after its last renewal.
    private async Task<string[]> RunOnceLeaseExpiredAsync()
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (true)
        {
            var logs = await _harness.RunTimerAsync();
            if (!FallbackHarness.LeaseHeldElsewhere(logs) || DateTimeOffset.UtcNow > deadline)
            {
                return logs;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    // Two instances over the same storage, an outage announced, and every arrival document of one port call filed in it.
    private async Task<(TestApp Second, string OutageId)> StartTwoInstancesWithArrivalFiledInOutageAsync()
    {
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server);
        var second = await _harness.StartInstanceAsync();
        var portCallId = await _harness.CreatePortCallAsync();
        var outageId = await _harness.AnnounceOutageAsync();
        foreach (var (type, content, _) in FallbackHarness.ArrivalDocuments())
        {
            await FallbackHarness.FileAsync(_harness.AgentA, portCallId, type, content());
        }

        return (second, outageId);
    }

    // Every EDS and port-system answer takes a moment, so a run still holds the lease when the other instance's run starts.
    private async Task SlowPeersAsync()
    {
        await peers.SetDelayAsync(PeerNames.Eds, RunOverlap);
        await peers.SetDelayAsync(PeerNames.PortSystem, RunOverlap);
    }

    // Both instances' timers fire at the same moment; answers each run's log lines.
    private async Task<string[][]> RunBothAtOnceAsync(TestApp second)
    {
        return await Task.WhenAll(Task.Run(() => FallbackHarness.RunTimerAsync(_harness.App)), Task.Run(() => FallbackHarness.RunTimerAsync(second)));
    }
}
