namespace Ics2Port.Bench.Http;

using System.Diagnostics;
using System.Globalization;
using Ics2Port.Bench.Load;
using Ics2Port.Bench.Reporting;
using Azure.Data.Tables;
using Ics2Port.Storage.Heads;
using Ics2Port.Testing;

/// <summary>
/// Document submissions through the whole HTTP path (key check, read, validate against the port call, commit)
/// against, in the same run and the same rounds, raw create-only Put Blob calls of the same bodies
/// from the app's own storage client: the ratio is what Ics2Port costs on top of storing the bytes.
/// </summary>
internal sealed class HttpBenchmark : IReportingBenchmark
{
    /// <summary>Sequential PUTs (and as many raw puts) measured for the one-client latency.</summary>
    private const int OneClientOperations = 200;

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

        var single = new SingleClientRuns(client, app.Blobs.GetBlobContainerClient(HttpRound.RawContainer), TimeSpan.FromSeconds(options.Seconds));
        var (oneSubmit, onePut) = await single.OneClientAsync(OneClientOperations, options.Iterations, other: null, cancellationToken);
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"http: one client: PUT p50 {oneSubmit.Percentile(0.50):F2} ms, raw put p50 {onePut.Percentile(0.50):F2} ms"));
        var growth = await single.GrowthAsync(cancellationToken);
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"http: one document: PUT p50 {growth.First.Percentile(0.50):F2} ms for versions 1-{SingleClientRuns.GrowthWindow}, {growth.Last.Percentile(0.50):F2} ms after {SingleClientRuns.GrowthVersions} (a new document beside them: {growth.NewBeside.Percentile(0.50):F2} ms)"));
        var (spreadSubmit, spreadPut) = await SpreadOverTwoInstancesAsync(azurite.ConnectionString, single, options.Iterations, cancellationToken);
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"http: one client over two instances: PUT p50 {spreadSubmit.Percentile(0.50):F2} ms, raw put p50 {spreadPut.Percentile(0.50):F2} ms"));

        var get = LoadRun.Combine([.. rounds.Select(round => round.Get)]);
        var put = LoadRun.Combine([.. rounds.Select(round => round.Put)]);
        var submit = LoadRun.Combine([.. rounds.Select(round => round.Submit)]);
        var acknowledged = submit.Succeeded + warmUp.Submit.Succeeded + oneSubmit.Succeeded + spreadSubmit.Succeeded + growth.All.Sum(run => run.Succeeded);
        LoadRun[] all = [submit, put, get, oneSubmit, onePut, spreadSubmit, spreadPut, .. growth.All];
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
                new("Latency p50, one client", Figure.Milliseconds(oneSubmit.Percentile(0.50)), Figure.Milliseconds(onePut.Percentile(0.50)), "raw create-only Put Blob, one client"),
                new("Latency p99, one client", Figure.Milliseconds(oneSubmit.Percentile(0.99)), Figure.Milliseconds(onePut.Percentile(0.99)), "raw create-only Put Blob, one client"),
                new("Latency p50, one client, PUTs spread over two instances", Figure.Milliseconds(spreadSubmit.Percentile(0.50)), Figure.Milliseconds(spreadPut.Percentile(0.50)), "raw create-only Put Blob, one client"),
                new(
                    LastWindow,
                    Figure.Milliseconds(growth.Last.Percentile(0.50)),
                    Figure.Milliseconds(growth.First.Percentile(0.50)),
                    string.Create(CultureInfo.InvariantCulture, $"PUTs 1–{SingleClientRuns.GrowthWindow} of the same document, earlier")),
                new(
                    LastWindow,
                    Figure.Milliseconds(growth.Last.Percentile(0.50)),
                    Figure.Milliseconds(growth.NewBeside.Percentile(0.50)),
                    string.Create(CultureInfo.InvariantCulture, $"PUTs 1–{SingleClientRuns.GrowthWindow} of a new document, in turn with them")),
            ],
            Notes =
            [
                RoundRatios(rounds),
                Errors("document PUTs", submit),
                Errors("raw puts", put),
                Errors("GET /", get),
                OneClient(oneSubmit, onePut, options.Iterations),
                Errors("document PUTs, one client", oneSubmit),
                Errors("raw puts, one client", onePut),
                Spread(spreadSubmit, options.Iterations),
                Errors("document PUTs, one client over two instances", spreadSubmit),
                Errors("raw puts, beside them", spreadPut),
                Growth(growth),
                Errors("PUTs of one document and of the new one", LoadRun.Combine(growth.All)),
                string.Create(CultureInfo.InvariantCulture, $"Every acknowledged submission stored a new version: {stored:N0} version rows for {acknowledged:N0} acknowledged PUTs (warm-up included)."),
            ],
            Succeeded = all.All(run => run.Errors == 0 && !run.Stopped) && stored == acknowledged,
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
        "Azurite runs in memory in its own node process; the app and the load generator share this process and talk over loopback; the app logs nothing.",
        "No port system is configured, so no delivery follows a commit and versions stay `accepted`.",
        "The app is one instance, so a submission finds its port call's head remembered from the registration or the submission before and commits in one storage round trip; an instance that has not seen the port call reads the head first.");

    private static string OneClient(LoadRun submit, LoadRun put, int rounds) => string.Create(
        CultureInfo.InvariantCulture,
        $"One client: {submit.Planned:N0} document PUTs one after another (FAL 1 and FAL 5 in turn, a new port call every {SubmissionPlan.SubmissionsPerPortCall}) and as many raw puts of the same bodies, a PUT and a raw put in turn (which goes first alternates) so both meet the machine in the same state, in {rounds} rounds after the concurrent ones; the app is as warm as the concurrent rounds left it.");

    // A second instance on the same storage; every other PUT of one client goes to it.
    private static async Task<(LoadRun Submit, LoadRun Put)> SpreadOverTwoInstancesAsync(string connectionString, SingleClientRuns single, int rounds, CancellationToken cancellationToken)
    {
        await using var second = await BenchApp.StartAsync(connectionString, cancellationToken);
        using var client = second.CreateClient(1);
        return await single.OneClientAsync(OneClientOperations, rounds, other: client, cancellationToken);
    }

    private static string Spread(LoadRun submit, int rounds) => string.Create(
        CultureInfo.InvariantCulture,
        $"One client over two instances: {submit.Planned:N0} document PUTs as above, every other one sent to a second instance of the app on the same storage, as a load balancer without affinity spreads them, in {rounds} rounds, each PUT beside a raw put. Each instance finds the head changed by the other, so after the first such surprise per port call it reads the head before committing: two storage round trips instead of one.");

    private static string LastWindow => string.Create(
        CultureInfo.InvariantCulture,
        $"Latency p50, PUTs {SingleClientRuns.GrowthVersions + 1:N0}–{SingleClientRuns.GrowthVersions + SingleClientRuns.GrowthWindow:N0} of one document");

    private static string Growth(GrowthRuns growth) => string.Create(
        CultureInfo.InvariantCulture,
        $"One document's history: one client files {growth.First.Planned + growth.Middle.Planned + growth.Last.Planned:N0} versions of one port call's crew list one after another; p50 {growth.First.Percentile(0.50):F2} ms for versions 1–{growth.First.Planned}, {growth.Middle.Percentile(0.50):F2} ms for versions {growth.First.Planned + 1}–{growth.First.Planned + growth.Middle.Planned}, {growth.Last.Percentile(0.50):F2} ms for the {growth.Last.Planned} after the first {growth.First.Planned + growth.Middle.Planned:N0}. The last {growth.Last.Planned} alternate one by one with the first {growth.NewBeside.Planned} PUTs of another port call's crew list ({growth.NewBeside.Percentile(0.50):F2} ms), which meet the machine in the same moments: the first window is measured before the {growth.Middle.Planned} in between, and a change in the machine's load meanwhile moves the first ratio but not the second. Either ratio is 1 when the cost does not grow with the history.");

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

    // A version is a row of its port call's partition, its body inline or in a blob; the head row and open rows are not versions.
    private static async Task<int> CountVersionsAsync(TableClient versions, CancellationToken cancellationToken)
    {
        var count = 0;
        var filter = TableClient.CreateQueryFilter($"RowKey ne {PortCallHead.RowKey}");
        await foreach (var row in versions.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            count += OpenRows.IsOpenRow(row.RowKey) ? 0 : 1;
        }

        return count;
    }
}
