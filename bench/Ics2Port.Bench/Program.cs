using Ics2Port.Bench;
using Ics2Port.Bench.Bulk;
using Ics2Port.Bench.Http;
using Ics2Port.Bench.Memory;
using Ics2Port.Bench.Reporting;

IBenchmark[] benchmarks =
[
    new ManifestBenchmark(),
    new HttpBenchmark(),
    new MemoryBenchmark(),
    new BulkBenchmark(),
];

if (args is [MemoryProbe.Command, ..])
{
    return MemoryProbe.Run(args[1..], Console.Out);
}

if (args is [IsolatedRun.Command, ..])
{
    return await IsolatedRun.RunAsync(benchmarks, args[1..], Console.Out);
}

if (args is [AllBenchmarks.Command, ..])
{
    return await AllBenchmarks.RunAsync(benchmarks, args[1..], Console.Out);
}

var chosen = args.Length > 0 ? benchmarks.FirstOrDefault(benchmark => benchmark.Name == args[0]) : null;
if (chosen is null)
{
    Console.Error.WriteLine("usage: Ics2Port.Bench <benchmark> [--size N] [--warmup N] [--iterations N] [--workers N] [--seconds N]");
    Console.Error.WriteLine($"  {AllBenchmarks.Command,-12} every benchmark with its defaults; writes docs/benchmarks.md (or --output FILE)");
    foreach (var benchmark in benchmarks)
    {
        Console.Error.WriteLine($"  {benchmark.Name,-12} {benchmark.Description}");
    }

    return 2;
}

MachineInfo.Print(Console.Out);
var cpu = CpuShare.Start();
var exitCode = chosen.Run(BenchOptions.Parse(args[1..], chosen.Defaults), Console.Out);
if (cpu?.OthersCores() is { } others)
{
    Console.WriteLine(MachineInfo.OthersText(others));
}

return exitCode;
