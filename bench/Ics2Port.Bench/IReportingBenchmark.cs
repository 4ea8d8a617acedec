namespace Ics2Port.Bench;

using Ics2Port.Bench.Reporting;

/// <summary>
/// A benchmark that returns its figures, each next to a baseline measured in the same run, so <c>all</c> can
/// write them into <c>docs/benchmarks.md</c>; run on its own it prints the same report.
/// </summary>
internal interface IReportingBenchmark : IBenchmark
{
    /// <summary>Measures; progress lines go to <paramref name="progress"/>.</summary>
    Task<BenchmarkReport> MeasureAsync(BenchOptions options, TextWriter progress, CancellationToken cancellationToken);

    int IBenchmark.Run(BenchOptions options, TextWriter output)
    {
        using var cancellation = ConsoleCancellation.Start();
        var report = MeasureAsync(options, output, cancellation.Token).GetAwaiter().GetResult();
        ReportText.Write(report, output);
        return report.Succeeded ? 0 : 1;
    }
}
