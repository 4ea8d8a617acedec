namespace Ics2Port.Bench;

using System.Globalization;
using System.Text.Json;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.Manifests;
using Ics2Port.Domain.PortCalls;

/// <summary>
/// A large cargo manifest: plain JSON deserialization against deserialization plus the full manifest rules,
/// so the cost of validation shows as a multiple of the cost of reading.
/// </summary>
internal sealed class ManifestBenchmark : IBenchmark
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // An arrival without a regular shipping service runs every rule, the status proof included.
    private static readonly DocumentContext Arrival = new() { Direction = Direction.Arrival, Port = "LVRIX", RegularShippingService = false };

    public string Name => "manifest";

    public int DefaultSize => 10_000;

    public string Description => "deserialize a synthetic manifest of --size items (default 10000), then deserialize and validate it";

    public int Run(BenchOptions options, TextWriter output)
    {
        var document = JsonSerializer.SerializeToUtf8Bytes(SyntheticManifest.Create(options.Size), Json);
        var check = Validate(document);
        if (!check.IsValid)
        {
            output.WriteLine($"The synthetic manifest is not valid; first finding: {check.Errors[0]}");
            return 1;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"manifest: {options.Size} items, {document.Length / 1024.0:F0} KiB JSON, {check.Warnings.Count} warnings; {options.Warmup} warm-up + {options.Iterations} measured iterations"));

        var read = Measurement.Of(() => Deserialize(document), options.Warmup, options.Iterations);
        var readAndValidate = Measurement.Of(() => Validate(document), options.Warmup, options.Iterations);

        Print(output, "deserialize", read, options.Size);
        Print(output, "deserialize+validate", readAndValidate, options.Size);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio (deserialize+validate) / deserialize: time {readAndValidate.PerIteration / read.PerIteration:F1}x, allocations {(double)readAndValidate.AllocatedBytesPerIteration / read.AllocatedBytesPerIteration:F1}x"));
        return 0;
    }

    private static CargoManifest Deserialize(byte[] document) =>
        JsonSerializer.Deserialize<CargoManifest>(document, Json) ?? throw new InvalidOperationException("The manifest JSON is null.");

    private static ValidationReport Validate(byte[] document) =>
        DocumentValidator.Validate(DocumentType.Manifest, Deserialize(document), Arrival);

    private static void Print(TextWriter output, string label, Measurement measurement, int items) =>
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{label,-22} {measurement.PerIteration.TotalMilliseconds,9:F1} ms/iteration {measurement.PerSecond(items),12:N0} items/s {measurement.AllocatedBytesPerIteration / (1024.0 * 1024),8:F1} MiB allocated/iteration"));
}
