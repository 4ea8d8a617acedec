using Azure.Storage.Queues;
using Ics2Port.LocalHost.Functions;
using Ics2Port.LocalHost.Triggers;
using Ics2Port.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Ics2Port.Functions.Tests.LocalHost;

/// <summary>
/// The local host's queue trigger against Azurite, on a queue of each test's own: a message handed over and deleted on
/// success, made visible again on failure, and moved to <c>{queue}-poison</c> once it has been dequeued
/// <see cref="LocalTriggerOptions.MaxAttempts"/> times, as the queue extension does.
/// </summary>
[Collection("azurite")]
public sealed class QueueTriggerPollerTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly LocalFunction _function = RecordingFunctions.Function(nameof(RecordingFunctions.OnMessage));
    private readonly LocalTriggerOptions _options = new();
    private readonly FakeTimeProvider _time = new();
    private readonly FunctionCalls _calls = new();
    private QueueClient _queue = null!;
    private QueueClient _poison = null!;

    public async Task InitializeAsync()
    {
        var name = azurite.UniqueName("queuetrigger");
        _queue = azurite.Queues.GetQueueClient(name);
        await _queue.CreateAsync();
        _poison = azurite.Queues.GetQueueClient(name + "-poison");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task PollOnceAsync_Message_HandedToTheFunctionAndDeleted()
    {
        await _queue.SendMessageAsync("crew list uploaded");

        await Poller().PollOnceAsync(CancellationToken.None);

        Assert.Equal(["crew list uploaded (dequeued 1)"], Inputs());
        Assert.Equal(0, await CountAsync(_queue));
    }

    [Fact]
    public async Task PollOnceAsync_FailsOnce_HandedOverAgainOnTheNextPollAndDeleted()
    {
        await _queue.SendMessageAsync("crew list uploaded");
        _calls.FailNext(1);
        var poller = Poller();

        await PollAsync(poller, times: 2);

        Assert.Equal(["crew list uploaded (dequeued 1)", "crew list uploaded (dequeued 2)"], Inputs());
        Assert.Equal((0, false), (await CountAsync(_queue), (await _poison.ExistsAsync()).Value));
    }

    [Fact]
    public async Task PollOnceAsync_FailsEveryAttempt_TriedMaxAttemptsTimesThenMovedToThePoisonQueue()
    {
        await _queue.SendMessageAsync("crew list uploaded");
        _calls.FailNext(int.MaxValue);
        var poller = Poller();

        await PollAsync(poller, times: _options.MaxAttempts + 1);

        Assert.Equal((_options.MaxAttempts, 0), (_calls.Count, await CountAsync(_queue)));
        Assert.Equal(["crew list uploaded"], await BodiesAsync(_poison));
    }

    [Fact]
    public async Task PollOnceAsync_DequeuedMaxAttemptsTimesByHostsThatStopped_MovedToThePoisonQueueWithoutRunning()
    {
        await _queue.SendMessageAsync("crew list uploaded");
        for (var attempt = 0; attempt < _options.MaxAttempts; attempt++)
        {
            // Taken by a host that stopped before it finished: the message shows again once its visibility runs out.
            var taken = (await _queue.ReceiveMessageAsync(_options.InvocationTimeout)).Value;
            await _queue.UpdateMessageAsync(taken.MessageId, taken.PopReceipt, visibilityTimeout: TimeSpan.Zero);
        }

        await Poller().PollOnceAsync(CancellationToken.None);

        Assert.Equal((0, 0), (_calls.Count, await CountAsync(_queue)));
        Assert.Equal(["crew list uploaded"], await BodiesAsync(_poison));
    }

    private static async Task PollAsync(QueueTriggerPoller poller, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await poller.PollOnceAsync(CancellationToken.None);
        }
    }

    // Counts hidden messages too, so a message still being retried is not taken for a deleted one.
    private static async Task<int> CountAsync(QueueClient queue) => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;

    private static async Task<List<string>> BodiesAsync(QueueClient queue) =>
        [.. (await queue.ReceiveMessagesAsync(32)).Value.Select(message => message.Body.ToString())];

    private QueueTriggerPoller Poller() =>
        new(_function, _queue, _poison, RecordingFunctions.Runner(_calls, _time), _options, _time, NullLogger.Instance);

    private List<string> Inputs() => [.. _calls.All.Select(call => call.Input)];
}
