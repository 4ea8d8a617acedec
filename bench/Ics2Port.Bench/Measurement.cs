namespace Ics2Port.Bench;

using System.Diagnostics;

/// <summary>Time and allocations of one operation, averaged over several iterations after a warm-up.</summary>
internal sealed record Measurement(TimeSpan PerIteration, long AllocatedBytesPerIteration)
{
    public static Measurement Of(Action operation, int warmup, int iterations)
    {
        for (var i = 0; i < warmup; i++)
        {
            operation();
        }

        // Start from a collected heap so one run's garbage is not billed to the next.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            operation();
        }

        stopwatch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return new Measurement(stopwatch.Elapsed / iterations, allocated / iterations);
    }

    /// <summary>
    /// Several operations measured in turn within each iteration, so a burst of load from elsewhere on the machine
    /// lands on all of them; per operation the median iteration time and the mean allocations.
    /// </summary>
    public static IReadOnlyList<Measurement> Interleaved(IReadOnlyList<Action> operations, int warmup, int iterations, TimeSpan minimumWarmUp = default)
    {
        // Tiered compilation promotes hot methods in the background only after calls stop arriving at tier 0 for a
        // while, so a warm-up counted in rounds alone can end before the optimized code is in place; keep warming
        // until both the round count and the minimum time are reached.
        var warmUpStarted = Stopwatch.GetTimestamp();
        for (var i = 0; i < warmup || Stopwatch.GetElapsedTime(warmUpStarted) < minimumWarmUp; i++)
        {
            foreach (var operation in operations)
            {
                operation();
            }
        }

        var times = operations.Select(_ => new List<TimeSpan>(iterations)).ToArray();
        var allocated = new long[operations.Count];
        for (var i = 0; i < iterations; i++)
        {
            for (var k = 0; k < operations.Count; k++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                var started = Stopwatch.GetTimestamp();
                operations[k]();
                times[k].Add(Stopwatch.GetElapsedTime(started));
                allocated[k] += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            }
        }

        return [.. times.Select((own, k) => new Measurement(own.Order().ElementAt(own.Count / 2), allocated[k] / iterations))];
    }

    /// <summary>How many units of work per second, given the units one iteration handles.</summary>
    public double PerSecond(int unitsPerIteration) => unitsPerIteration / PerIteration.TotalSeconds;
}
