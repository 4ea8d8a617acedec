namespace Ics2Port.Bench.Reporting;

using System.Diagnostics;

/// <summary>
/// The <c>all</c> subcommand: every benchmark with its default options, one after another, then
/// <c>docs/benchmarks.md</c> (or <c>--output FILE</c>) with a section each.
/// </summary>
internal static class AllBenchmarks
{
    public const string Command = "all";

    public static async Task<int> RunAsync(IReadOnlyList<IBenchmark> benchmarks, IReadOnlyList<string> args, TextWriter output)
    {
        var root = RepositoryRoot.Find();
        var target = args is ["--output", var file] ? Path.GetFullPath(file) : Path.Combine(root, "docs", "benchmarks.md");
        var started = DateTimeOffset.UtcNow;
        var loadAtStart = MachineInfo.LoadAverage();
        var cpu = CpuShare.Start();
        var commit = RepositoryRoot.Commit(root);
        MachineInfo.Print(output);

        using var cancellation = ConsoleCancellation.Start();
        var reports = new List<BenchmarkReport>();
        foreach (var benchmark in benchmarks)
        {
            output.WriteLine();
            output.WriteLine($"== {benchmark.Name}: {benchmark.Description}");
            var report = await RunOneAsync(benchmark, output, cancellation.Token);
            ReportText.Write(report, output);
            reports.Add(report);
        }

        var run = new RunSummary(started, DateTimeOffset.UtcNow - started, loadAtStart, MachineInfo.LoadAverage(), commit) { OthersCores = cpu?.OthersCores() };
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await using (var writer = new StreamWriter(target))
        {
            MarkdownReport.Write(writer, run, reports);
        }

        output.WriteLine();
        output.WriteLine($"Wrote {target}.");
        return reports.TrueForAll(report => report.Succeeded) ? 0 : 1;
    }

    private static async Task<BenchmarkReport> RunOneAsync(IBenchmark benchmark, TextWriter output, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            if (benchmark is IReportingBenchmark reporting)
            {
                var report = await reporting.MeasureAsync(benchmark.Defaults, output, cancellationToken);
                return report with { Duration = Stopwatch.GetElapsedTime(started) };
            }

            // A benchmark that only prints still gets its section: its output, verbatim.
            using var transcript = new StringWriter();
            using var tee = new TeeWriter(output, transcript);
            var exitCode = benchmark.Run(benchmark.Defaults, tee);
            return new BenchmarkReport(benchmark.Name, benchmark.Description, $"Output of `{benchmark.Name}` with its default options:")
            {
                Transcript = transcript.ToString(),
                Succeeded = exitCode == 0,
                Duration = Stopwatch.GetElapsedTime(started),
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One broken benchmark must not cost the figures of the others; its section says what broke.
            return new BenchmarkReport(benchmark.Name, benchmark.Description, "The benchmark failed before it could report.")
            {
                Notes = [$"{e.GetType().Name}: {e.Message}"],
                Succeeded = false,
                Duration = Stopwatch.GetElapsedTime(started),
            };
        }
    }
}
