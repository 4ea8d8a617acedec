namespace Ics2Port.Bench.Memory;

using System.Diagnostics;
using System.Runtime;
using System.Text.Json;

/// <summary>
/// The child process of the memory benchmark (<c>memory-probe OPERATION FILE WARMUP-FILE WARMUPS</c>): one
/// operation in a fresh process, so its peak working set is its own; prints one JSON <see cref="MemoryFootprint"/>.
/// </summary>
internal static class MemoryProbe
{
    public const string Command = "memory-probe";

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        if (args is not [var operation, var file, var warmUpFile, var warmUps])
        {
            throw new ArgumentException($"usage: {Command} OPERATION FILE WARMUP-FILE WARMUPS", nameof(args));
        }

        var document = File.ReadAllBytes(file);
        var warmUpDocument = File.ReadAllBytes(warmUpFile);
        // JIT and first-use caches on a small manifest, so the figure is the operation's, not the start-up's.
        for (var i = 0; i < int.Parse(warmUps, System.Globalization.CultureInfo.InvariantCulture); i++)
        {
            GC.KeepAlive(ManifestOperation.Run(operation, warmUpDocument));
        }

        Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var workingSetAtStart = process.WorkingSet64;
        var heapAtStart = GC.GetTotalMemory(forceFullCollection: false);
        var allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);

        var stopwatch = Stopwatch.StartNew();
        object result;
        long peakHeap;
        using (var sampler = HeapSampler.Start())
        {
            result = ManifestOperation.Run(operation, document);
            stopwatch.Stop();
            peakHeap = sampler.Stop();
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedAtStart;
        process.Refresh();
        var peakWorkingSet = process.PeakWorkingSet64;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - heapAtStart;
        GC.KeepAlive(result);

        output.WriteLine(JsonSerializer.Serialize(
            new MemoryFootprint(peakWorkingSet, workingSetAtStart, peakHeap, allocated, retained, stopwatch.Elapsed.TotalMilliseconds),
            JsonSerializerOptions.Web));
        return 0;
    }

    private static void Collect()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
