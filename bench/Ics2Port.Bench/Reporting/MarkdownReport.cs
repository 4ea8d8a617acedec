namespace Ics2Port.Bench.Reporting;

using System.Globalization;

/// <summary>Writes <c>docs/benchmarks.md</c>: the run's circumstances, then one section per benchmark.</summary>
internal static class MarkdownReport
{
    public const string Command = "dotnet run -c Release --project bench/Ics2Port.Bench -- all";

    public static void Write(TextWriter output, RunSummary run, IReadOnlyList<BenchmarkReport> reports)
    {
        output.WriteLine("# Performance record");
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Written by `{Command}` on {run.Started:yyyy-MM-dd} at {run.Started:HH:mm} UTC; the benchmarks took {run.Duration.TotalMinutes:F1} min after the build. Run the same command to measure again; it rewrites this file."));
        output.WriteLine();
        output.WriteLine("| | |");
        output.WriteLine("|---|---|");
        output.WriteLine($"| Machine | {MachineInfo.Machine} |");
        output.WriteLine($"| Runtime | {MachineInfo.Runtime}, Release build |");
        output.WriteLine($"| Load average (1, 5, 15 min) | at start {run.LoadAtStart ?? "unknown"}; at end {run.LoadAtEnd ?? "unknown"} |");
        if (run.Commit is { } commit)
        {
            output.WriteLine($"| Code measured | commit `{commit}` |");
        }

        output.WriteLine();
        output.WriteLine("The machine is shared with other builds and test runs, and a load average above the core count means");
        output.WriteLine("processes were waiting for a core. Absolute figures therefore move from run to run; each one stands next");
        output.WriteLine("to a baseline measured in the same run, seconds apart, under the same load. The **ratio** (figure ÷ baseline)");
        output.WriteLine("is the number to compare across runs and machines: for a rate, below 1 is the share of the baseline's rate;");
        output.WriteLine("for latency, time and memory, above 1 is the multiple of the baseline's cost.");
        if (BusiestLoad(run) is { } load && load > Environment.ProcessorCount)
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"**This run was made on a busy machine**: other builds and test runs shared it, with a one-minute load average of up to {load:F1} on {Environment.ProcessorCount} cores, so the absolute figures are lower than a quiet machine gives and even the ratios move more than usual."));
        }
        foreach (var report in reports)
        {
            WriteSection(output, report);
        }
    }

    private static double? BusiestLoad(RunSummary run) =>
        new[] { run.LoadAtStart, run.LoadAtEnd }
            .Select(load => double.TryParse(load?.Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : (double?)null)
            .Max();

    private static void WriteSection(TextWriter output, BenchmarkReport report)
    {
        output.WriteLine();
        output.WriteLine($"## {report.Title} (`{report.Name}`)");
        output.WriteLine();
        if (!report.Succeeded)
        {
            output.WriteLine("**This measurement is not sound** (see the notes): do not quote its figures.");
            output.WriteLine();
        }

        output.WriteLine(report.Workload);
        if (report.Comparisons.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("| Measure | Figure | In-run baseline | Ratio |");
            output.WriteLine("|---|---:|---|---:|");
            foreach (var row in report.Comparisons)
            {
                output.WriteLine($"| {row.Measure} | {row.Measured} | {row.Baseline} ({row.BaselineName}) | {row.RatioText} |");
            }
        }

        if (report.Transcript is { Length: > 0 } transcript)
        {
            output.WriteLine();
            output.WriteLine("```text");
            output.WriteLine(transcript.TrimEnd());
            output.WriteLine("```");
        }

        if (report.Notes.Count > 0)
        {
            output.WriteLine();
            foreach (var note in report.Notes)
            {
                output.WriteLine($"- {note}");
            }
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Took {report.Duration.TotalSeconds:F0} s. Alone: `dotnet run -c Release --project bench/Ics2Port.Bench -- {report.Name}`."));
    }
}
