using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Ics2Port.Functions.Bulk;
using Ics2Port.Functions.Hosting;
using Ics2Port.LocalHost.Functions;
using Ics2Port.LocalHost.Triggers;
using Ics2Port.Storage.Layout;
using Ics2Port.Testing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Ics2Port.Functions.Tests.LocalHost;

/// <summary>
/// The local host's blob trigger against Azurite: each blob version fired once across polls, restarts and hosts,
/// failures retried on later polls, and after the last attempt the blob extension's poison message. Each test watches a
/// container of its own (the attribute's path under another container name) and has its own receipts and poison queue.
/// </summary>
[Collection("azurite")]
public sealed class BlobTriggerPollerTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 12, 0, 30, TimeSpan.Zero);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private readonly LocalFunction _function = RecordingFunctions.Function(nameof(RecordingFunctions.OnBlobAsync));
    private readonly LocalTriggerOptions _options = new();
    private readonly FakeTimeProvider _time = new(Start);
    private readonly FunctionCalls _calls = new();
    private BlobContainerClient _container = null!;
    private TableClient _receipts = null!;
    private QueueClient _poison = null!;

    public async Task InitializeAsync()
    {
        _container = azurite.Blobs.GetBlobContainerClient(azurite.UniqueName("blobtrigger"));
        await _container.CreateAsync();
        _receipts = azurite.Tables.GetTableClient(azurite.UniqueName("receipts"));
        await _receipts.CreateAsync();
        _poison = azurite.Queues.GetQueueClient(azurite.UniqueName("blobpoison"));
        await _poison.CreateAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task PollOnceAsync_NewBlob_FiresOnceWithTheBlobsClientAndItsPathVariables()
    {
        await UploadAsync("AG-TEST-A/crew.csv", "one");
        await UploadAsync("AG-TEST-A/notes.txt", "not on the path");

        await Poller().PollOnceAsync(CancellationToken.None);

        Assert.Equal([$"{_container.Name}/AG-TEST-A/crew.csv agent=AG-TEST-A name=crew: one"], Inputs());
    }

    [Fact]
    public async Task PollOnceAsync_AgainAndAfterARestart_DoesNotFireTheSameVersionAgain()
    {
        await UploadAsync("AG-TEST-A/crew.csv", "one");
        var poller = Poller();

        await poller.PollOnceAsync(CancellationToken.None);
        await poller.PollOnceAsync(CancellationToken.None);
        await Poller().PollOnceAsync(CancellationToken.None);

        Assert.Equal(1, _calls.Count);
    }

    [Fact]
    public async Task PollOnceAsync_BlobRewritten_FiresAgainForTheNewVersion()
    {
        var poller = Poller();
        await UploadAsync("AG-TEST-A/crew.csv", "one");
        await poller.PollOnceAsync(CancellationToken.None);

        await UploadAsync("AG-TEST-A/crew.csv", "two");
        await poller.PollOnceAsync(CancellationToken.None);

        Assert.Equal(["one", "two"], Contents());
    }

    [Fact]
    public async Task PollOnceAsync_FailsOnce_SucceedsOnTheNextPollWithoutPoisonMessage()
    {
        await UploadAsync("AG-TEST-A/crew.csv", "one");
        _calls.FailNext(1);
        var poller = Poller();

        await PollAsync(poller, times: 3);

        Assert.Equal((2, 0), (_calls.Count, (await PoisonMessagesAsync()).Count));
    }

    [Fact]
    public async Task PollOnceAsync_FailsEveryAttempt_TriedMaxAttemptsTimesThenOnePoisonMessageInTheExtensionsFormat()
    {
        var uploaded = await UploadAsync("AG-TEST-A/crew.csv", "one");
        _calls.FailNext(int.MaxValue);
        var poller = Poller();

        await PollAsync(poller, times: _options.MaxAttempts + 2);
        await Poller().PollOnceAsync(CancellationToken.None);

        var poison = (await PoisonMessagesAsync()).Select(Read).ToList();
        Assert.Equal(
            (_options.MaxAttempts, 1, (_function.Name, _container.Name, "AG-TEST-A/crew.csv", BlobETags.Unquoted(uploaded))),
            (_calls.Count, poison.Count, (poison[0].FunctionName, poison[0].ContainerName, poison[0].BlobName, poison[0].ETag)));
    }

    [Fact]
    public async Task PollOnceAsync_TwoHostsOnTheSameStorage_EachBlobFiredOnce()
    {
        var names = Enumerable.Range(1, 8).Select(i => $"AG-TEST-A/crew-{i}.csv").ToList();
        foreach (var name in names)
        {
            await UploadAsync(name, name);
        }

        var (hostA, hostB) = (Poller("host-a"), Poller("host-b"));

        for (var poll = 0; poll < 2; poll++)
        {
            await Task.WhenAll(hostA.PollOnceAsync(CancellationToken.None), hostB.PollOnceAsync(CancellationToken.None));
        }

        Assert.Equal(names, Contents().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PollOnceAsync_ClaimOfAHostThatStopped_TakenOverOnlyOnceTheClaimExpires()
    {
        await UploadAsync("AG-TEST-A/crew.csv", "one");
        var claimFor = _options.InvocationTimeout + _options.PollInterval;
        await new BlobReceiptStore(_receipts, "stopped-host", _time)
            .TryClaimAsync(_function.Name, _container.Name, "AG-TEST-A/crew.csv", await ListedETagAsync(), _options.MaxAttempts, claimFor, CancellationToken.None);
        var poller = Poller();

        await poller.PollOnceAsync(CancellationToken.None);
        var whileClaimed = _calls.Count;
        _time.Advance(claimFor + TimeSpan.FromSeconds(1));
        await poller.PollOnceAsync(CancellationToken.None);

        Assert.Equal((0, 1), (whileClaimed, _calls.Count));
    }

    [Fact]
    public async Task RunAsync_ClockMovedOnByThePollInterval_PollsAgain()
    {
        // An interval no test waits out: only the fake clock can bring the next poll.
        _options.PollInterval = TimeSpan.FromHours(1);
        using var stop = new CancellationTokenSource();
        await UploadAsync("AG-TEST-A/first.csv", "first");
        var run = Poller().RunAsync(stop.Token);
        await Eventually.WaitUntilAsync(() => _calls.Count == 1 || run.IsCompleted, Deadline, "the first poll");
        await UploadAsync("AG-TEST-A/second.csv", "second");

        _time.Advance(_options.PollInterval);

        await Eventually.WaitUntilAsync(() => _calls.Count == 2 || run.IsCompleted, Deadline, "the poll after the interval");
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Equal(["first", "second"], Contents());
    }

    private static async Task PollAsync(BlobTriggerPoller poller, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await poller.PollOnceAsync(CancellationToken.None);
        }
    }

    private static BlobTriggerPoisonMessage Read(string message) =>
        BlobTriggerPoisonMessage.TryRead(message, out var poison, out var problem) ? poison : throw new InvalidOperationException(problem);

    // The path the function declares, in the test's own container, as LocalTriggerHost parses it from the attribute.
    private BlobTriggerPoller Poller(string host = "host-a")
    {
        var declared = ((BlobTriggerAttribute)_function.Trigger).BlobPath;
        var path = BlobPathPattern.Parse(_container.Name + declared[declared.IndexOf('/', StringComparison.Ordinal)..]);
        return new BlobTriggerPoller(
            _function,
            path,
            _container,
            _poison,
            new BlobReceiptStore(_receipts, host, _time),
            RecordingFunctions.Runner(_calls, _time),
            _options,
            _time,
            NullLogger.Instance);
    }

    private async Task<ETag> UploadAsync(string name, string content) =>
        (await _container.GetBlobClient(name).UploadAsync(BinaryData.FromString(content), overwrite: true)).Value.ETag;

    // As the poller sees a version: by the ETag the listing gives, which is not quoted as a response header's is.
    private async Task<ETag> ListedETagAsync()
    {
        await foreach (var blob in _container.GetBlobsAsync())
        {
            return blob.Properties.ETag!.Value;
        }

        throw new InvalidOperationException($"{_container.Name} is empty.");
    }

    private List<string> Inputs() => [.. _calls.All.Select(call => call.Input)];

    private List<string> Contents() => [.. Inputs().Select(input => input[(input.LastIndexOf(": ", StringComparison.Ordinal) + 2)..])];

    private async Task<List<string>> PoisonMessagesAsync() =>
        [.. (await _poison.ReceiveMessagesAsync(32)).Value.Select(message => message.Body.ToString())];
}
