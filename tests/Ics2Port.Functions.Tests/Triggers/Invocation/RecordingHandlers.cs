using System.Collections.Concurrent;
using Ics2Port.Functions.Triggers.Invocation;
using Ics2Port.Functions.Triggers.Standalone;

namespace Ics2Port.Functions.Tests.Triggers.Invocation;

/// <summary>What the test handlers saw, and how they answer (a singleton shared by the scoped handlers).</summary>
public sealed class HandlerRecorder
{
    public ConcurrentQueue<BlobInvocation> Blobs { get; } = new();

    public ConcurrentQueue<TimerInvocation> Timers { get; } = new();

    public ConcurrentQueue<PoisonBlob> Poisoned { get; } = new();

    public Func<BlobInvocation, TriggerResult> BlobOutcome { get; set; } = _ => TriggerResult.Success("handled");
}

public sealed class RecordingBlobHandler(HandlerRecorder recorder) : IBlobTriggerHandler
{
    public Task<TriggerResult> HandleAsync(BlobInvocation invocation, CancellationToken cancellationToken)
    {
        recorder.Blobs.Enqueue(invocation);
        return Task.FromResult(recorder.BlobOutcome(invocation));
    }
}

public sealed class RecordingTimerHandler(HandlerRecorder recorder) : ITimerTriggerHandler
{
    public Task<TriggerResult> HandleAsync(TimerInvocation invocation, CancellationToken cancellationToken)
    {
        recorder.Timers.Enqueue(invocation);
        return Task.FromResult(TriggerResult.Success());
    }
}

public sealed class RecordingPoisonHandler(HandlerRecorder recorder) : IPoisonBlobHandler
{
    public Task HandleAsync(PoisonBlob blob, CancellationToken cancellationToken)
    {
        recorder.Poisoned.Enqueue(blob);
        return Task.CompletedTask;
    }
}
