namespace Ics2Port.Bench;

using System.Globalization;

/// <summary>Options shared by every benchmark: <c>--size N</c>, <c>--warmup N</c>, <c>--iterations N</c>.</summary>
internal sealed record BenchOptions(int Size, int Warmup, int Iterations)
{
    public static BenchOptions Parse(IReadOnlyList<string> args, int defaultSize)
    {
        var options = new BenchOptions(defaultSize, Warmup: 3, Iterations: 10);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = int.Parse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--size" => options with { Size = value },
                "--warmup" => options with { Warmup = value },
                "--iterations" => options with { Iterations = value },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'.", nameof(args)),
            };
        }

        return options;
    }
}
