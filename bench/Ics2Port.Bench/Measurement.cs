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

    /// <summary>How many units of work per second, given the units one iteration handles.</summary>
    public double PerSecond(int unitsPerIteration) => unitsPerIteration / PerIteration.TotalSeconds;
}
