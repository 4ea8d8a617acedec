namespace Ics2Port.Bench.Memory;

/// <summary>What one operation cost in memory, measured in a process of its own.</summary>
/// <param name="PeakWorkingSetBytes">The process's peak resident memory (VmHWM), start-up included.</param>
/// <param name="WorkingSetAtStartBytes">Resident memory just before the operation, with the input loaded.</param>
/// <param name="PeakManagedHeapBytes">The largest managed heap seen during the operation.</param>
/// <param name="AllocatedBytes">Bytes allocated on the managed heap by the operation.</param>
/// <param name="RetainedBytes">Managed heap growth after a full collection, the result still alive.</param>
/// <param name="Milliseconds">How long the operation took.</param>
internal sealed record MemoryFootprint(
    long PeakWorkingSetBytes,
    long WorkingSetAtStartBytes,
    long PeakManagedHeapBytes,
    long AllocatedBytes,
    long RetainedBytes,
    double Milliseconds)
{
    public long WorkingSetGrowthBytes => PeakWorkingSetBytes - WorkingSetAtStartBytes;

    /// <summary>Each measure's median over several runs, so one disturbed run does not set a figure.</summary>
    public static MemoryFootprint Median(IReadOnlyList<MemoryFootprint> runs) => new(
        Median(runs, run => run.PeakWorkingSetBytes),
        Median(runs, run => run.WorkingSetAtStartBytes),
        Median(runs, run => run.PeakManagedHeapBytes),
        Median(runs, run => run.AllocatedBytes),
        Median(runs, run => run.RetainedBytes),
        runs.Select(run => run.Milliseconds).Order().ElementAt(runs.Count / 2));

    private static long Median(IReadOnlyList<MemoryFootprint> runs, Func<MemoryFootprint, long> measure) =>
        runs.Select(measure).Order().ElementAt(runs.Count / 2);
}
