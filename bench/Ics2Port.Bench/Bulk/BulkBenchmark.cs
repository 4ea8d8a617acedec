namespace Ics2Port.Bench.Bulk;

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Ics2Port.Bench.Http;
using Ics2Port.Bench.Reporting;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Reading;
using Ics2Port.Functions.Bulk;
using Azure.Storage.Blobs;
using Ics2Port.Storage.Layout;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// A manifest CSV dropped as a bulk file, from upload to its result file, against reading and validating the same
/// bytes in process: Azurite (in memory) and the app under the local host, whose blob trigger fires
/// <c>InboundFileUploaded</c> as <c>./run.sh</c> runs it. Each iteration runs both in turn.
/// </summary>
internal sealed class BulkBenchmark : IReportingBenchmark
{
    private const string Inbound = "inbound";
    private const int PollMilliseconds = 200;
    private static readonly TimeSpan ResultDeadline = TimeSpan.FromMinutes(2);

    // What the port call below gives the rules: an arrival at Riga without a regular shipping service.
    private static readonly DocumentContext Arrival = new() { Direction = Direction.Arrival, Port = "LVRIX", RegularShippingService = false };

    private static readonly JsonElement PortCall = JsonDocument.Parse("""
        { "vessel": { "imoNumber": "9074729", "name": "BALTIC TRADER", "callSign": "YLAB", "flag": "LV", "mmsi": "275123000" },
          "port": "LVRIX", "voyageNumber": "BT2611", "eta": "2026-11-23T06:00:00+02:00", "etd": "2026-11-24T18:00:00+02:00",
          "lastPort": "SEGOT", "nextPort": "DEHAM", "regularShippingService": false }
        """).RootElement;

    public string Name => "bulk";

    public int DefaultSize => 10_000;

    public BenchOptions Defaults => new(DefaultSize, Warmup: 3, Iterations: 10);

    public string Description => "a manifest CSV of --size rows (default 10000) from upload to result through the standalone driver vs read + validate in process";

    public async Task<BenchmarkReport> MeasureAsync(BenchOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var csv = SyntheticManifestCsv.Write(SyntheticManifest.Create(options.Size));
        var check = ReadAndValidate(csv);
        if (!check.IsValid)
        {
            throw new InvalidOperationException($"The synthetic manifest CSV is not valid; first finding: {check.Errors[0]}");
        }

        progress.WriteLine(Invariant($"bulk: manifest CSV of {options.Size} rows, {csv.Length / 1024.0:F0} KiB; starting Azurite (in memory) and the app with its trigger driver"));
        BenchApp.UseRepositoryAzurite();
        await using var azurite = await Testing.AzuriteServer.StartAsync();
        await using var app = await BenchApp.StartAsync(azurite.ConnectionString, cancellationToken, DriverSettings(azurite.ConnectionString));
        using var client = app.CreateClient(workers: 1);
        await app.Blobs.GetBlobContainerClient(Inbound).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var results = app.Services.GetRequiredService<BulkContainers>().Results;

        var endToEnd = new List<TimeSpan>();
        var inProcess = new List<TimeSpan>();
        for (var i = 0; i < options.Warmup + options.Iterations; i++)
        {
            var upload = await UploadToResultAsync(client, app.Blobs, results, csv, cancellationToken);
            var read = TimeReadAndValidate(csv);
            if (i >= options.Warmup)
            {
                endToEnd.Add(upload);
                inProcess.Add(read);
                progress.WriteLine(Invariant($"bulk: iteration {i - options.Warmup + 1}: upload to result {upload.TotalMilliseconds:F0} ms, read + validate {read.TotalMilliseconds:F0} ms"));
            }
        }

        var (file, local) = (Median(endToEnd), Median(inProcess));
        const string Baseline = "read + validate in process";
        return new BenchmarkReport(Name, "Bulk files: a manifest from upload to result", Invariant(
            $"A synthetic manifest CSV of {options.Size:N0} rows ({csv.Length / 1024.0:N0} KiB) uploaded to `inbound/` with the storage client, once per new port call, and timed until its `results/…result.json` appears (a receipt, 201); the app's standalone trigger driver polls every {PollMilliseconds} ms. In each of {options.Warmup} warm-up and {options.Iterations} measured iterations the same bytes are then read (`DocumentReader.Read`, CSV) and validated (`DocumentValidator.Validate`) in process; median of each."))
        {
            Comparisons =
            [
                new("Throughput", Figure.PerSecond(options.Size / file.TotalSeconds, "rows/s"), Figure.PerSecond(options.Size / local.TotalSeconds, "rows/s"), Baseline),
                new("Time per file", Figure.Milliseconds(file.TotalMilliseconds), Figure.Milliseconds(local.TotalMilliseconds), Baseline),
            ],
            Notes =
            [
                Invariant($"Upload to result ranged from {endToEnd.Min().TotalMilliseconds:F0} to {endToEnd.Max().TotalMilliseconds:F0} ms; read + validate from {inProcess.Min().TotalMilliseconds:F0} to {inProcess.Max().TotalMilliseconds:F0} ms."),
                "End to end adds the wait for the next poll, the local host's receipt, the function's own read of the blob, the port call's other documents, the commit of the body and its version, and the result file.",
                Invariant($"Every upload was accepted: {options.Warmup + options.Iterations} receipts for as many port calls."),
            ],
            Duration = Stopwatch.GetElapsedTime(started),
        };
    }

    private static Dictionary<string, string?> DriverSettings(string connectionString) => new()
    {
        ["AzureWebJobsStorage"] = connectionString,
        ["LocalHost:Triggers:Enabled"] = "true",
        ["LocalHost:Triggers:PollInterval"] = TimeSpan.FromMilliseconds(PollMilliseconds).ToString("c", CultureInfo.InvariantCulture),
        // Only the bulk path is measured: the repository's other triggers stay quiet.
        ["AzureWebJobs.FallbackInboxFileUploaded.Disabled"] = "true",
        ["AzureWebJobs.FallbackWorkflow.Disabled"] = "true",
    };

    private static async Task<TimeSpan> UploadToResultAsync(HttpClient client, BlobServiceClient blobs, string results, byte[] csv, CancellationToken cancellationToken)
    {
        using var created = await client.PostAsJsonAsync("/api/port-calls", PortCall, cancellationToken);
        created.EnsureSuccessStatusCode();
        var portCallId = (await created.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("portCallId").GetString();
        var name = $"AG-BENCH/{portCallId}/arrival/manifest.csv";

        var started = Stopwatch.GetTimestamp();
        await blobs.GetBlobContainerClient(Inbound).GetBlobClient(name).UploadAsync(BinaryData.FromBytes(csv), overwrite: true, cancellationToken);
        var result = blobs.GetBlobContainerClient(results).GetBlobClient(BulkContainers.ResultName(name));
        var deadline = Stopwatch.GetTimestamp() + (long)(ResultDeadline.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (await result.GetPropertiesIfExistsAsync(cancellationToken) is { } properties)
            {
                var elapsed = Stopwatch.GetElapsedTime(started);
                var status = properties.Metadata.TryGetValue(ResultFiles.StatusKey, out var text) ? text : null;
                return status == "201"
                    ? elapsed
                    : throw new InvalidOperationException($"{name} was answered {status}: " + (await result.DownloadContentAsync(cancellationToken)).Value.Content);
            }

            await Task.Delay(10, cancellationToken);
        }

        throw new TimeoutException($"No result for {name} within {ResultDeadline}.");
    }

    private static TimeSpan TimeReadAndValidate(byte[] csv)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var started = Stopwatch.GetTimestamp();
        ReadAndValidate(csv);
        return Stopwatch.GetElapsedTime(started);
    }

    private static ValidationReport ReadAndValidate(byte[] csv) =>
        DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Csv, csv) is { Document: { } manifest, Errors.Count: 0 }
            ? DocumentValidator.Validate(DocumentType.Manifest, manifest, Arrival)
            : throw new InvalidOperationException("The synthetic manifest CSV does not read.");

    private static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
