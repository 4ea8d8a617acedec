namespace Ics2Port.Bench;

using System.Globalization;

/// <summary>
/// Options shared by every benchmark: <c>--size N</c>, <c>--warmup N</c>, <c>--iterations N</c>, and for load
/// generators <c>--workers N</c> (concurrency) and <c>--seconds N</c> (time limit of one load phase).
/// </summary>
internal sealed record BenchOptions(int Size, int Warmup, int Iterations)
{
    public int Workers { get; init; } = 1;

    public int Seconds { get; init; } = 60;

    public static BenchOptions Parse(IReadOnlyList<string> args, BenchOptions defaults)
    {
        var options = defaults;
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 == args.Count)
            {
                throw new ArgumentException($"Option '{args[i]}' needs a value.", nameof(args));
            }

            var value = int.Parse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--size" => options with { Size = value },
                "--warmup" => options with { Warmup = value },
                "--iterations" => options with { Iterations = value },
                "--workers" => options with { Workers = value },
                "--seconds" => options with { Seconds = value },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'.", nameof(args)),
            };
        }

        return options.Size > 0 && options.Warmup >= 0 && options.Iterations > 0 && options.Workers > 0 && options.Seconds > 0
            ? options
            : throw new ArgumentException("--size, --iterations, --workers and --seconds must be positive, --warmup not negative.", nameof(args));
    }
}
