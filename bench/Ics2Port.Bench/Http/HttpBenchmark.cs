namespace Ics2Port.Bench.Http;

using System.Diagnostics;
using System.Globalization;
using Ics2Port.Bench.Load;
using Ics2Port.Bench.Reporting;
using Azure.Data.Tables;
using Ics2Port.Testing;

/// <summary>
/// Document submissions through the whole HTTP path (key check, read, validate against the port call, Blob +
/// Table commit) against, in the same run and the same rounds, raw create-only Put Blob calls of the same bodies
/// from the app's own storage client: the ratio is what Ics2Port costs on top of storing the bytes.
/// </summary>
internal sealed class HttpBenchmark : IReportingBenchmark
{
    public string Name => "http";

    public int DefaultSize => 6_000;

    public string Description => "document PUTs over HTTP vs raw Put Blob of the same bodies (--size submissions, --workers 16, --iterations rounds, --warmup per worker)";

    public BenchOptions Defaults => new(DefaultSize, Warmup: 25, Iterations: 5) { Workers = 16, Seconds = 60 };

    public async Task<BenchmarkReport> MeasureAsync(BenchOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        progress.WriteLine("http: starting Azurite (in memory) and the app on loopback");
        BenchApp.UseRepositoryAzurite();
        await using var azurite = await AzuriteServer.StartAsync();
        await using var app = await BenchApp.StartAsync(azurite.ConnectionString, cancellationToken);
        using var client = app.CreateClient(options.Workers);
        await app.Blobs.GetBlobContainerClient(HttpRound.RawContainer).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var runner = new HttpRound(client, app.Blobs.GetBlobContainerClient(HttpRound.RawContainer), options.Workers, TimeSpan.FromSeconds(options.Seconds));

        var warmUp = await runner.RunAsync("w", options.Warmup * options.Workers, cancellationToken);
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"http: warm-up done ({warmUp.Submit.Succeeded} submissions)"));

        var rounds = new List<HttpRoundResult>();
        var bodyBytes = 0L;
        for (var round = 1; round <= options.Iterations; round++)
        {
            var result = await runner.RunAsync(round.ToString(CultureInfo.InvariantCulture), options.Size / options.Iterations, cancellationToken);
            rounds.Add(result);
            bodyBytes += result.BodyBytes;
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"http: round {round}: {result.Submit.PerSecond:F0} submissions/s, {result.Put.PerSecond:F0} raw puts/s, {result.Get.PerSecond:F0} GET / requests/s"));
        }

        var get = LoadRun.Combine([.. rounds.Select(round => round.Get)]);
        var put = LoadRun.Combine([.. rounds.Select(round => round.Put)]);
        var submit = LoadRun.Combine([.. rounds.Select(round => round.Submit)]);
        var acknowledged = submit.Succeeded + warmUp.Submit.Succeeded;
        var stored = await CountVersionsAsync(app.Layout.Tables.GetTableClient(app.Layout.DocumentVersionsTable), cancellationToken);

        return new BenchmarkReport(Name, "HTTP document submissions", Workload(options, submit.Planned, bodyBytes))
        {
            Comparisons =
            [
                new("Throughput", Figure.PerSecond(submit.PerSecond, "submissions/s"), Figure.PerSecond(put.PerSecond, "puts/s"), "raw create-only Put Blob"),
                new("Throughput", Figure.PerSecond(submit.PerSecond, "submissions/s"), Figure.PerSecond(get.PerSecond, "requests/s"), "GET / of the same app"),
                new("Latency p50", Figure.Milliseconds(submit.Percentile(0.50)), Figure.Milliseconds(put.Percentile(0.50)), "raw create-only Put Blob"),
                new("Latency p99", Figure.Milliseconds(submit.Percentile(0.99)), Figure.Milliseconds(put.Percentile(0.99)), "raw create-only Put Blob"),
                new("Latency max", Figure.Milliseconds(submit.MaxMilliseconds), Figure.Milliseconds(put.MaxMilliseconds), "raw create-only Put Blob"),
            ],
            Notes =
            [
                RoundRatios(rounds),
                Errors("document PUTs", submit),
                Errors("raw puts", put),
                Errors("GET /", get),
                string.Create(CultureInfo.InvariantCulture, $"Every acknowledged submission stored a new version: {stored:N0} version rows for {acknowledged:N0} acknowledged PUTs (warm-up included)."),
            ],
            Succeeded = submit.Errors + put.Errors + get.Errors == 0 && !submit.Stopped && !put.Stopped && !get.Stopped && stored == acknowledged,
            Duration = Stopwatch.GetElapsedTime(started),
        };
    }

    private static string Workload(BenchOptions options, int submissions, long bodyBytes) => string.Join(
        ' ',
        string.Create(CultureInfo.InvariantCulture, $"{options.Workers} concurrent workers, closed loop, one HttpClient; {options.Iterations} rounds, each running GET /, raw puts and document PUTs in turn,"),
        string.Create(CultureInfo.InvariantCulture, $"{submissions:N0} of each in all, after {options.Warmup} warm-up operations of each kind per worker; each phase is cut off after {options.Seconds} s."),
        string.Create(CultureInfo.InvariantCulture, $"Document PUTs alternate FAL 1 and FAL 5 of the arrival (JSON, {bodyBytes / Math.Max(1, submissions):N0} bytes on average); every body is distinct, so each stores a new version,"),
        string.Create(CultureInfo.InvariantCulture, $"and each worker opens a new port call every {SubmissionPlan.SubmissionsPerPortCall} submissions."),
        "Raw puts send the same bodies with `If-None-Match: *` through the app's own storage client.",
        "Azurite runs in memory in its own node process; the app and the load generator share this process and talk over loopback; the app logs nothing.");

    private static string RoundRatios(IReadOnlyList<HttpRoundResult> rounds)
    {
        var ratios = rounds.Select(round => round.Submit.PerSecond / round.Put.PerSecond).Order().ToArray();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Round by round, submissions/s ÷ raw puts/s ranged from {ratios[0]:F2} to {ratios[^1]:F2} (median {ratios[ratios.Length / 2]:F2}); the table pools all rounds.");
    }

    private static string Errors(string what, LoadRun run) => string.Create(
        CultureInfo.InvariantCulture,
        $"{what}: {run.Succeeded:N0} of {run.Planned:N0} succeeded, {run.Errors} errors{(run.Stopped ? ", stopped by the time limit" : string.Empty)}{(run.FirstError is { } first ? $" (first: {first})" : string.Empty)}.");

    // Bodies up to 256 KiB live on their version rows, so the rows are what is counted; the heads are not versions.
    private static async Task<int> CountVersionsAsync(TableClient versions, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in versions.QueryAsync<TableEntity>("RowKey ne 'head'", select: ["RowKey"], cancellationToken: cancellationToken))
        {
            count++;
        }

        return count;
    }
}
