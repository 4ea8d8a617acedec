namespace Ics2Port.Bench;

/// <summary>One measurement, run as a subcommand of the bench tool (and by <c>all</c>).</summary>
internal interface IBenchmark
{
    /// <summary>The subcommand, e.g. <c>manifest</c>.</summary>
    string Name { get; }

    /// <summary>The size (items, rows…) measured when <c>--size</c> is not given.</summary>
    int DefaultSize { get; }

    /// <summary>One line for the usage text.</summary>
    string Description { get; }

    /// <summary>The options used when none are given, and by <c>all</c>.</summary>
    BenchOptions Defaults => new(DefaultSize, Warmup: 3, Iterations: 10);

    /// <summary>Runs and prints the results; the exit code (0 when the measurement is sound).</summary>
    int Run(BenchOptions options, TextWriter output);
}
