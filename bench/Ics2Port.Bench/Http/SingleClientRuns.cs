namespace Ics2Port.Bench.Http;

using System.Globalization;
using System.Net;
using Azure.Storage.Blobs;
using Ics2Port.Bench.Load;

/// <summary>
/// What one agent feels, one request at a time: document PUTs against raw puts of the same bodies, one of each in
/// turn, and one document's PUTs as its history grows.
/// </summary>
internal sealed class SingleClientRuns(HttpClient client, BlobContainerClient raw, TimeSpan timeLimit)
{
    /// <summary>Versions of the one document before the last window is measured.</summary>
    public const int GrowthVersions = 1_000;

    /// <summary>PUTs in each measured window of the growth run.</summary>
    public const int GrowthWindow = 200;

    /// <summary>
    /// One client's raw puts and document PUTs of the same bodies, one of each in turn (which goes first alternates), in
    /// <paramref name="rounds"/> rounds of new port calls: both see the same moments of the machine.
    /// </summary>
    /// <remarks>
    /// With <paramref name="other"/> (a second instance of the app on the same storage), every other PUT goes to it, as a
    /// load balancer without affinity spreads them: each instance finds the head changed by the other and reads it first.
    /// </remarks>
    public async Task<(LoadRun Submit, LoadRun Put)> OneClientAsync(int operations, int rounds, HttpClient? other, CancellationToken cancellationToken)
    {
        var submits = new List<LoadRun>();
        var puts = new List<LoadRun>();
        for (var round = 0; round < rounds; round++)
        {
            var share = (operations / rounds) + (round < operations % rounds ? 1 : 0);
            var name = string.Create(CultureInfo.InvariantCulture, $"{(other is null ? "one" : "two")}{round}");
            var plan = await SubmissionPlan.CreateAsync(client, name, 1, share, timeLimit, cancellationToken);
            var (submit, put) = await AlternateAsync(
                share,
                (index, token) => SubmitAsync(index % 2 == 1 && other is not null ? other : client, plan.PathOf(0, index), plan.BodyOf(0, index), token),
                (index, token) => PutRawAsync(name, plan.BodyOf(0, index), index, token),
                cancellationToken);
            submits.Add(submit);
            puts.Add(put);
        }

        return (LoadRun.Combine(submits), LoadRun.Combine(puts));
    }

    /// <summary>
    /// One crew list filed <see cref="GrowthVersions"/> + <see cref="GrowthWindow"/> times by one client: the first
    /// window (versions 1–200) and the last (the 200 versions after the first 1,000), each timed on its own; and, filed in
    /// turn with the last window's PUTs, the first 200 of a new port call's crew list, which meet the machine in the same
    /// state as the last window's and have no history.
    /// </summary>
    public async Task<GrowthRuns> GrowthAsync(CancellationToken cancellationToken)
    {
        var plan = await SubmissionPlan.CreateAsync(client, "grow", 2, 2, timeLimit, cancellationToken);
        var (path, newPath) = (plan.CrewListPathOf(0, 0), plan.CrewListPathOf(1, 0));
        var first = await RunVersionsAsync(0, GrowthWindow);
        var middle = await RunVersionsAsync(GrowthWindow, GrowthVersions - GrowthWindow);
        var (last, beside) = await AlternateAsync(
            GrowthWindow,
            (index, token) => SubmitAsync(client, path, CrewList("G", GrowthVersions + index), token),
            (index, token) => SubmitAsync(client, newPath, CrewList("N", index), token),
            cancellationToken);
        return new GrowthRuns(first, middle, last, beside);

        Task<LoadRun> RunVersionsAsync(int firstVersion, int count) => LoadGenerator.RunAsync(
            1,
            count,
            timeLimit * Math.Max(1, count / GrowthWindow),
            (_, index, token) => SubmitAsync(client, path, CrewList("G", firstVersion + index), token),
            cancellationToken);

        static byte[] CrewList(string series, int number) => SubmissionBodies.CrewList(string.Create(CultureInfo.InvariantCulture, $"{series}{number:D6}"));
    }

    private async Task<(LoadRun First, LoadRun Second)> AlternateAsync(
        int count,
        Func<int, CancellationToken, Task<string?>> first,
        Func<int, CancellationToken, Task<string?>> second,
        CancellationToken cancellationToken)
    {
        var (firstRun, secondRun) = (new TimedSteps(), new TimedSteps());
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeLimit);
        for (var index = 0; index < count && !deadline.IsCancellationRequested; index++)
        {
            if (index % 2 == 0)
            {
                await firstRun.RunAsync(token => first(index, token), deadline.Token);
                await secondRun.RunAsync(token => second(index, token), deadline.Token);
            }
            else
            {
                await secondRun.RunAsync(token => second(index, token), deadline.Token);
                await firstRun.RunAsync(token => first(index, token), deadline.Token);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return (firstRun.ToRun(count), secondRun.ToRun(count));
    }

    private async Task<string?> PutRawAsync(string round, byte[] body, int index, CancellationToken cancellationToken)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{round}/{index}");
        await raw.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(body), overwrite: false, cancellationToken);
        return null;
    }

    private static async Task<string?> SubmitAsync(HttpClient instance, string path, byte[] body, CancellationToken cancellationToken)
    {
        using var content = HttpBodies.Json(body);
        using var response = await instance.PutAsync(new Uri(path, UriKind.Relative), content, cancellationToken);
        return response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created
            ? null
            : $"PUT {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}";
    }
}
