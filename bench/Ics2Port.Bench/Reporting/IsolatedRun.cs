namespace Ics2Port.Bench.Reporting;

using System.Diagnostics;
using System.Text.Json;

/// <summary>
/// The hidden <c>report</c> subcommand: one benchmark with its default options, in the process <c>all</c> started
/// for it; its progress goes to the console and its report, as JSON, to a file for <c>all</c> to read.
/// </summary>
internal static class IsolatedRun
{
    public const string Command = "report";

    public static async Task<int> RunAsync(IReadOnlyList<IBenchmark> benchmarks, IReadOnlyList<string> args, TextWriter output)
    {
        if (args is not [var name, var file] || benchmarks.FirstOrDefault(benchmark => benchmark.Name == name) is not { } benchmark)
        {
            output.WriteLine($"usage: {Command} <benchmark> <report file>");
            return 2;
        }

        using var cancellation = ConsoleCancellation.Start();
        var report = await MeasureAsync(benchmark, output, cancellation.Token);
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(report, JsonSerializerOptions.Web), cancellation.Token);
        return 0;
    }

    public static async Task<BenchmarkReport> ReadAsync(string file, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file);
        return await JsonSerializer.DeserializeAsync<BenchmarkReport>(stream, JsonSerializerOptions.Web, cancellationToken)
            ?? throw new InvalidDataException($"'{file}' holds no report.");
    }

    private static async Task<BenchmarkReport> MeasureAsync(IBenchmark benchmark, TextWriter output, CancellationToken cancellationToken)
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
