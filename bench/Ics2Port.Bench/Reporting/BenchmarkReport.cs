namespace Ics2Port.Bench.Reporting;

/// <summary>What one benchmark measured: a section of <c>docs/benchmarks.md</c>.</summary>
/// <param name="Name">The subcommand, e.g. <c>http</c>.</param>
/// <param name="Title">The section heading.</param>
/// <param name="Workload">What was run, in a sentence or two, with its sizes.</param>
internal sealed record BenchmarkReport(string Name, string Title, string Workload)
{
    public IReadOnlyList<Comparison> Comparisons { get; init; } = [];

    /// <summary>Facts a reader needs to trust the figures: error counts, sizes, caveats.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Console output of a benchmark that prints rather than reports, kept verbatim.</summary>
    public string? Transcript { get; init; }

    /// <summary>False when the measurement is not sound (errors, an invalid workload, an exception).</summary>
    public bool Succeeded { get; init; } = true;

    public TimeSpan Duration { get; init; }
}
