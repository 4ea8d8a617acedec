namespace Ics2Port.Bench.Reporting;

using System.Diagnostics;

/// <summary>
/// The <c>all</c> subcommand: every benchmark with its default options, one after another, each in a process of its
/// own (<see cref="IsolatedRun"/>), then <c>docs/benchmarks.md</c> (or <c>--output FILE</c>) with a section each.
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
            var report = await RunOneAsync(benchmark, cancellation.Token);
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

    // Each benchmark in a process of its own: the heap and threads one leaves behind slowed the next one's later phases.
    private static async Task<BenchmarkReport> RunOneAsync(IBenchmark benchmark, CancellationToken cancellationToken)
    {
        var file = Path.Combine(Path.GetTempPath(), $"ics2port-bench-{Environment.ProcessId}-{benchmark.Name}.json");
        File.Delete(file);
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(SelfProcess.StartInfo([IsolatedRun.Command, benchmark.Name, file], redirectOutput: false))
            ?? throw new InvalidOperationException($"Cannot start the {benchmark.Name} benchmark.");
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        if (File.Exists(file))
        {
            var report = await IsolatedRun.ReadAsync(file, cancellationToken);
            File.Delete(file);
            return report;
        }

        return new BenchmarkReport(benchmark.Name, benchmark.Description, "The benchmark failed before it could report.")
        {
            Notes = [$"Its process exited with {process.ExitCode} and wrote no report."],
            Succeeded = false,
            Duration = Stopwatch.GetElapsedTime(started),
        };
    }
}
