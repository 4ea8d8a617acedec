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
        if (run.OthersCores is { } others)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Other processes during the run | {others:F2} of {Environment.ProcessorCount} cores' processor time on average |"));
        }

        if (run.Commit is { } commit)
        {
            output.WriteLine($"| Code measured | commit `{commit}` |");
        }

        output.WriteLine();
        output.WriteLine("The machine may be shared with other builds and test runs. The load average counts the run's own work as");
        output.WriteLine("well; the processor time of processes outside the run (every core's busy time from `/proc/stat` less the");
        output.WriteLine("run's own and its children's) says whether it had the machine to itself. Absolute figures move from run to run; each one stands next");
        output.WriteLine("to a baseline measured in the same run, seconds apart, under the same load. The **ratio** (figure ÷ baseline)");
        output.WriteLine("is the number to compare across runs and machines: for a rate, below 1 is the share of the baseline's rate;");
        output.WriteLine("for latency, time and memory, above 1 is the multiple of the baseline's cost.");
        if (run.OthersCores is { } busy && busy > MachineInfo.QuietOthersCores)
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"**This run was made on a busy machine**: processes outside the run used {busy:F2} of the {Environment.ProcessorCount} cores on average, so the absolute figures are lower than a quiet machine gives and even the ratios move more than usual."));
        }
        foreach (var report in reports)
        {
            WriteSection(output, report);
        }
    }

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
