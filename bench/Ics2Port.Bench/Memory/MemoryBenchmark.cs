namespace Ics2Port.Bench.Memory;

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Ics2Port.Bench.Reporting;
using Ics2Port.Domain.Reading;

/// <summary>
/// Memory for one large manifest: read and validated as the app does it, against plain System.Text.Json
/// deserialization of the same bytes; each measured in a fresh process of its own, several times, medians kept.
/// </summary>
internal sealed class MemoryBenchmark : IReportingBenchmark
{
    private const int WarmUpItems = 200;

    public string Name => "memory";

    public int DefaultSize => 50_000;

    public string Description => "memory of reading + validating a manifest of --size items (default 50000) vs plain JSON deserialization, --iterations processes each";

    public BenchOptions Defaults => new(DefaultSize, Warmup: 3, Iterations: 5);

    public async Task<BenchmarkReport> MeasureAsync(BenchOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var file = Path.GetTempFileName();
        var warmUpFile = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(file, JsonSerializer.SerializeToUtf8Bytes(SyntheticManifest.Create(options.Size), DocumentReader.JsonOptions), cancellationToken);
            await File.WriteAllBytesAsync(warmUpFile, JsonSerializer.SerializeToUtf8Bytes(SyntheticManifest.Create(WarmUpItems), DocumentReader.JsonOptions), cancellationToken);
            var jsonBytes = new FileInfo(file).Length;

            var plainRuns = new List<MemoryFootprint>();
            var productRuns = new List<MemoryFootprint>();
            for (var run = 1; run <= options.Iterations; run++)
            {
                // Alternating the two keeps a change in the machine's load from landing on one side only.
                plainRuns.Add(await ProbeProcess.RunAsync(ManifestOperation.Deserialize, file, warmUpFile, options.Warmup, cancellationToken));
                productRuns.Add(await ProbeProcess.RunAsync(ManifestOperation.ReadAndValidate, file, warmUpFile, options.Warmup, cancellationToken));
                progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"memory: run {run}: peak working set {productRuns[^1].PeakWorkingSetBytes / 1048576.0:F0} MiB vs {plainRuns[^1].PeakWorkingSetBytes / 1048576.0:F0} MiB"));
            }

            var plain = MemoryFootprint.Median(plainRuns);
            var product = MemoryFootprint.Median(productRuns);
            const string Baseline = "plain System.Text.Json deserialization";
            return new BenchmarkReport(Name, string.Create(CultureInfo.InvariantCulture, $"Memory for a {options.Size:N0}-item manifest"), string.Create(
                CultureInfo.InvariantCulture,
                $"A synthetic manifest of {options.Size:N0} items ({jsonBytes / 1048576.0:N1} MiB of JSON) read with `DocumentReader.Read` and validated with `DocumentValidator.Validate`, against `JsonSerializer.Deserialize` of the same bytes. Each measured in a fresh process (after {options.Warmup} warm-ups on a {WarmUpItems}-item manifest), {options.Iterations} times, alternating; medians."))
            {
                Comparisons =
                [
                    new("Peak working set (process)", Figure.Mebibytes(product.PeakWorkingSetBytes), Figure.Mebibytes(plain.PeakWorkingSetBytes), Baseline),
                    new("Working set growth", Figure.Mebibytes(product.WorkingSetGrowthBytes), Figure.Mebibytes(plain.WorkingSetGrowthBytes), Baseline),
                    new("Peak managed heap", Figure.Mebibytes(product.PeakManagedHeapBytes), Figure.Mebibytes(plain.PeakManagedHeapBytes), Baseline),
                    new("GC allocated", Figure.Mebibytes(product.AllocatedBytes), Figure.Mebibytes(plain.AllocatedBytes), Baseline),
                    new("Retained (result alive)", Figure.Mebibytes(product.RetainedBytes), Figure.Mebibytes(plain.RetainedBytes), Baseline),
                    new("Time", Figure.Milliseconds(product.Milliseconds), Figure.Milliseconds(plain.Milliseconds), Baseline),
                ],
                Notes =
                [
                    "Peak working set is the process's high-water mark (Process.PeakWorkingSet64), runtime start-up and the loaded JSON included; growth is that peak minus the working set just before the operation.",
                    "Peak managed heap is the largest of the heap sizes before each collection (GC.GetGCMemoryInfo) and the live total sampled every millisecond; allocated is GC.GetTotalAllocatedBytes over the operation; retained is the heap growth after a full collection with the result still referenced.",
                    "Time is that one operation in a fresh process, after the warm-ups; `manifest` measures steady-state throughput.",
                ],
                Duration = Stopwatch.GetElapsedTime(started),
            };
        }
        finally
        {
            File.Delete(file);
            File.Delete(warmUpFile);
        }
    }
}
