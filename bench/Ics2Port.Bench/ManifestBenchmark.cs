namespace Ics2Port.Bench;

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Ics2Port.Bench.Reporting;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.Manifests;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Reading;

/// <summary>
/// A large cargo manifest read the way the app reads it (strict JSON with pointers for every finding) and then
/// validated, against plain System.Text.Json deserialization of the same bytes, so the cost of the rules and of
/// the strict reader shows as a multiple of the cost of reading.
/// </summary>
internal sealed class ManifestBenchmark : IReportingBenchmark
{
    // An arrival without a regular shipping service runs every rule, the status proof included.
    private static readonly DocumentContext Arrival = new() { Direction = Direction.Arrival, Port = "LVRIX", RegularShippingService = false };

    // Long enough for tiered compilation and dynamic PGO to settle on the rules' hot paths.
    private static readonly TimeSpan MinimumWarmUp = TimeSpan.FromSeconds(3);

    public string Name => "manifest";

    public int DefaultSize => 10_000;

    public BenchOptions Defaults => new(DefaultSize, Warmup: 20, Iterations: 31);

    public string Description => "read and validate a synthetic manifest of --size items (default 10000) vs plain JSON deserialization";

    public Task<BenchmarkReport> MeasureAsync(BenchOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var document = JsonSerializer.SerializeToUtf8Bytes(SyntheticManifest.Create(options.Size), DocumentReader.JsonOptions);
        var check = ReadAndValidate(document);
        if (!check.IsValid)
        {
            throw new InvalidOperationException($"The synthetic manifest is not valid; first finding: {check.Errors[0]}");
        }

        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"manifest: {options.Size} items, {document.Length / 1024.0:F0} KiB JSON"));
        cancellationToken.ThrowIfCancellationRequested();
        var measured = Measurement.Interleaved([() => Deserialize(document), () => Read(document), () => ReadAndValidate(document)], options.Warmup, options.Iterations, MinimumWarmUp);
        var (plain, read, readAndValidate) = (measured[0], measured[1], measured[2]);

        const string Baseline = "plain System.Text.Json deserialization";
        return Task.FromResult(new BenchmarkReport(Name, "Manifest reading and validation", string.Create(
            CultureInfo.InvariantCulture,
            $"A synthetic manifest of {options.Size:N0} items in {options.Size / 20:N0} consignments ({document.Length / 1024.0:N0} KiB of JSON), arrival without a regular service so every rule runs; one thread; at least {options.Warmup} warm-up rounds and {MinimumWarmUp.TotalSeconds:F0} s of warm-up, then {options.Iterations} measured iterations, each running the three steps in turn with a full blocking collection before each step, so a step pays for the collections its own garbage causes and for none of another's; median time per step."))
        {
            Comparisons =
            [
                new("Throughput, read", Figure.PerSecond(read.PerSecond(options.Size), "items/s"), Figure.PerSecond(plain.PerSecond(options.Size), "items/s"), Baseline),
                new("Throughput, read + validate", Figure.PerSecond(readAndValidate.PerSecond(options.Size), "items/s"), Figure.PerSecond(plain.PerSecond(options.Size), "items/s"), Baseline),
                new("Allocated per manifest, read", Figure.Mebibytes(read.AllocatedBytesPerIteration), Figure.Mebibytes(plain.AllocatedBytesPerIteration), Baseline),
                new("Allocated per manifest, read + validate", Figure.Mebibytes(readAndValidate.AllocatedBytesPerIteration), Figure.Mebibytes(plain.AllocatedBytesPerIteration), Baseline),
            ],
            Notes =
            [
                "Read is `DocumentReader.Read` (JSON), as the app reads a submission; validate is `DocumentValidator.Validate` with every manifest rule.",
                string.Create(CultureInfo.InvariantCulture, $"The manifest is valid, with {check.Warnings.Count:N0} warnings reported as the app reports them."),
            ],
            Duration = Stopwatch.GetElapsedTime(started),
        });
    }

    private static CargoManifest Deserialize(byte[] document) =>
        JsonSerializer.Deserialize<CargoManifest>(document, JsonSerializerOptions.Web) ?? throw new InvalidOperationException("The manifest JSON is null.");

    private static object Read(byte[] document) =>
        DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Json, document) is { Document: { } manifest, Errors.Count: 0 }
            ? manifest
            : throw new InvalidOperationException("The synthetic manifest does not read.");

    private static ValidationReport ReadAndValidate(byte[] document) =>
        DocumentValidator.Validate(DocumentType.Manifest, Read(document), Arrival);
}
