using Ics2Port.Bench;

IBenchmark[] benchmarks = [new ManifestBenchmark(), new BulkBenchmark()];

var chosen = args.Length > 0 ? benchmarks.FirstOrDefault(benchmark => benchmark.Name == args[0]) : null;
if (chosen is null)
{
    Console.Error.WriteLine("usage: Ics2Port.Bench <benchmark> [--size N] [--warmup N] [--iterations N]");
    foreach (var benchmark in benchmarks)
    {
        Console.Error.WriteLine($"  {benchmark.Name,-12} {benchmark.Description}");
    }

    return 2;
}

MachineInfo.Print(Console.Out);
return chosen.Run(BenchOptions.Parse(args[1..], chosen.DefaultSize), Console.Out);
