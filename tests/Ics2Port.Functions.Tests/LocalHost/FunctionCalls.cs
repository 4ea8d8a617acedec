using System.Collections.Concurrent;

namespace Ics2Port.Functions.Tests.LocalHost;

/// <summary>The calls of the recording functions, in order, and how many of the next ones are to fail.</summary>
public sealed class FunctionCalls
{
    private readonly ConcurrentQueue<FunctionCall> _calls = new();
    private int _failuresLeft;

    public IReadOnlyList<FunctionCall> All => [.. _calls];

    public int Count => _calls.Count;

    /// <summary>Makes the next <paramref name="count"/> calls throw (<see cref="int.MaxValue"/>: every call).</summary>
    public void FailNext(int count) => Volatile.Write(ref _failuresLeft, count);

    public void Record(FunctionCall call)
    {
        _calls.Enqueue(call);
        if (Volatile.Read(ref _failuresLeft) > 0 && Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new InvalidOperationException($"{call.Function} fails, as the test asked.");
        }
    }
}
