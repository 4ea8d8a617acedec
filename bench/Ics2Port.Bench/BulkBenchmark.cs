namespace Ics2Port.Bench;

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Reading;
using Ics2Port.Functions.Hosting;
using Ics2Port.Storage;
using Ics2Port.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// A manifest CSV dropped as a bulk file, from upload to its result file, against reading and validating the
/// same bytes in process: Azurite (in memory) and the app with its standalone trigger driver, as <c>./run.sh</c>
/// runs them, with the repository's own <c>InboundFileUploaded/function.json</c>.
/// </summary>
internal sealed class BulkBenchmark : IBenchmark
{
    private const string AgentKey = "bench-agent-key";
    private const string AgentId = "AG-BENCH";
    private const int PollMilliseconds = 200;

    private const string PortCall = """
        { "vessel": { "imoNumber": "9074729", "name": "BALTIC TRADER", "callSign": "YLAB", "flag": "LV", "mmsi": "275123000" },
          "port": "LVRIX", "voyageNumber": "BT2611", "eta": "2026-11-23T06:00:00+02:00", "etd": "2026-11-24T18:00:00+02:00",
          "lastPort": "SEGOT", "nextPort": "DEHAM", "regularShippingService": false }
        """;

    private static readonly TimeSpan ResultDeadline = TimeSpan.FromMinutes(2);

    // What the port call above gives the rules: an arrival at Riga without a regular shipping service.
    private static readonly DocumentContext Arrival = new() { Direction = Direction.Arrival, Port = "LVRIX", RegularShippingService = false };

    public string Name => "bulk";

    public int DefaultSize => 10_000;

    public string Description => "upload a manifest CSV of --size rows (default 10000) to Azurite and wait for its result, against DocumentReader.Read + DocumentValidator.Validate in process";

    public int Run(BenchOptions options, TextWriter output) => RunAsync(options, output).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(BenchOptions options, TextWriter output)
    {
        var csv = SyntheticManifestCsv.Write(SyntheticManifest.Create(options.Size));
        var check = ReadAndValidate(csv);
        if (!check.IsValid)
        {
            output.WriteLine($"The synthetic manifest CSV is not valid; first finding: {check.Errors[0]}");
            return 1;
        }

        output.WriteLine(Invariant($"bulk: manifest CSV of {options.Size} rows, {csv.Length / 1024.0:F0} KiB; {options.Warmup} warm-up + {options.Iterations} measured uploads, driver polling every {PollMilliseconds} ms"));

        await using var azurite = await AzuriteServer.StartAsync();
        var account = StorageAccount.FromConnectionString(azurite.ConnectionString);
        await account.Blobs.CreateContainerIfNotExistsAsync("inbound");
        await using var app = await StartAppAsync(azurite.ConnectionString);
        using var client = new HttpClient { BaseAddress = ListeningAddress(app) };
        client.DefaultRequestHeaders.Add("X-Api-Key", AgentKey);

        var timings = new List<TimeSpan>();
        for (var i = 0; i < options.Warmup + options.Iterations; i++)
        {
            var elapsed = await UploadToResultAsync(client, account, csv);
            if (elapsed is null)
            {
                output.WriteLine("The manifest was not accepted; see the result above.");
                return 1;
            }

            if (i >= options.Warmup)
            {
                timings.Add(elapsed.Value);
            }
        }

        var inProcess = Measurement.Of(() => ReadAndValidate(csv), options.Warmup, options.Iterations);
        var mean = TimeSpan.FromTicks((long)timings.Average(t => t.Ticks));
        var endToEndRate = options.Size / mean.TotalSeconds;
        var inProcessRate = inProcess.PerSecond(options.Size);
        output.WriteLine(Invariant($"{"upload to result",-22} {mean.TotalMilliseconds,9:F1} ms/file {endToEndRate,12:N0} rows/s   (min {timings.Min().TotalMilliseconds:F1} ms, max {timings.Max().TotalMilliseconds:F1} ms)"));
        output.WriteLine(Invariant($"{"read+validate",-22} {inProcess.PerIteration.TotalMilliseconds,9:F1} ms/file {inProcessRate,12:N0} rows/s   ({inProcess.AllocatedBytesPerIteration / (1024.0 * 1024):F1} MiB allocated/file, in process)"));
        output.WriteLine(Invariant($"ratio in-process / end-to-end: {inProcessRate / endToEndRate:F1}x (end to end includes up to {PollMilliseconds} ms of polling, the blob round trips, the port call's other documents and the commit)"));
        return 0;
    }

    private static ValidationReport ReadAndValidate(byte[] csv)
    {
        var read = DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Csv, csv);
        return read.Document is { } document
            ? DocumentValidator.Validate(DocumentType.Manifest, document, Arrival)
            : throw new InvalidOperationException($"The CSV does not read: {read.Errors[0]}");
    }

    /// <summary>One upload for a new port call; null when the result is not a receipt.</summary>
    private static async Task<TimeSpan?> UploadToResultAsync(HttpClient client, StorageAccount account, byte[] csv)
    {
        using var created = await client.PostAsync("/api/port-calls", JsonContent.Create(JsonDocument.Parse(PortCall).RootElement));
        created.EnsureSuccessStatusCode();
        var portCallId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("portCallId").GetString();
        var name = $"{AgentId}/{portCallId}/arrival/manifest.csv";

        var started = Stopwatch.GetTimestamp();
        await account.Blobs.PutAsync("inbound", name, BinaryData.FromBytes(csv), "text/csv", BlobCondition.None);
        var deadline = DateTime.UtcNow + ResultDeadline;
        while (DateTime.UtcNow < deadline)
        {
            if (await account.Blobs.GetPropertiesAsync("results", name + ".result.json") is { } result)
            {
                var elapsed = Stopwatch.GetElapsedTime(started);
                if (result.Metadata.GetValueOrDefault("status") == "201")
                {
                    return elapsed;
                }

                Console.WriteLine((await account.Blobs.GetAsync("results", name + ".result.json"))!.Content.ToString());
                return null;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"No result for {name} within {ResultDeadline}.");
    }

    private static async Task<WebApplication> StartAppAsync(string connectionString)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Ics2Port:Storage:ConnectionString"] = connectionString,
            ["AzureWebJobsStorage"] = connectionString,
            ["Ics2Port:FunctionsRoot"] = RepositoryRoot(),
            ["Ics2Port:StandaloneTriggers:Enabled"] = "true",
            ["Ics2Port:StandaloneTriggers:PollInterval"] = TimeSpan.FromMilliseconds(PollMilliseconds).ToString("c", CultureInfo.InvariantCulture),
            ["Ics2Port:ApiKeys:0:sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(AgentKey))),
            ["Ics2Port:ApiKeys:0:principal"] = "agent:" + AgentId,
            // Only the bulk path is measured: the other triggers of the repository stay quiet.
            ["AzureWebJobs.FallbackInboxFileUploaded.Disabled"] = "true",
            ["AzureWebJobs.FallbackWorkflow.Disabled"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var app = FunctionApp.Create(["--urls", "http://127.0.0.1:0"], builder => builder.Configuration.AddInMemoryCollection(settings));
        await app.StartAsync();
        return app;
    }

    private static Uri ListeningAddress(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "host.json")) && Directory.Exists(Path.Combine(directory.FullName, "InboundFileUploaded")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository: it uses its InboundFileUploaded/function.json.");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
