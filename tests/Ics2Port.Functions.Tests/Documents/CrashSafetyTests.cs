using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;
using Xunit.Abstractions;

namespace Ics2Port.Functions.Tests.Documents;

/// <summary>
/// Storage dies in the middle of a burst of submissions and comes back from disk: every submission that got
/// a receipt must be fully readable afterwards (index and body, hash matching), and every other one must have
/// been answered with a 5xx problem, never a receipt.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Submissions = 90;
    private const int Concurrency = 6;
    private const int ReceiptsBeforeTheCrash = 10;

    // The last submissions wait for storage to come back, so that recovery is tested however fast the others failed.
    private const int SubmissionsAfterTheRestart = 10;

    private PersistentAzurite _azurite = null!;
    private TcpFaultProxy _blobProxy = null!;
    private TcpFaultProxy _tableProxy = null!;
    private TestApp _app = null!;

    public async Task InitializeAsync()
    {
        _azurite = await PersistentAzurite.StartAsync();
        _blobProxy = TcpFaultProxy.Start(_azurite.BlobPort);
        _tableProxy = TcpFaultProxy.Start(_azurite.TablePort);
        _app = await TestApp.StartAsync(
            _azurite.ConnectionString(_blobProxy.Port, _tableProxy.Port),
            "crash",
            new Dictionary<string, string?> { ["Ics2Port:Storage:MaxRetries"] = "1" });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _blobProxy.DisposeAsync();
        await _tableProxy.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task Submit_StorageKilledMidBurstAndRestarted_EveryReceiptIsReadableAndEveryOtherAnswerIs5xx()
    {
        var agent = _app.Client(TestApp.AgentAKey);
        var portCallId = await agent.CreatePortCallAsync();
        var answers = new ConcurrentBag<(string Body, HttpStatusCode Status, string? ContentType, string Text, DateTime At)>();
        var restartedAt = DateTime.MaxValue;
        var receipts = 0;
        var crashed = new TaskCompletionSource();
        var restarted = new TaskCompletionSource();
        using var gate = new SemaphoreSlim(Concurrency);

        var burst = Enumerable.Range(1, Submissions).Select(async n =>
        {
            var body = Samples.Fal3(quantity: n);
            if (n > Submissions - SubmissionsAfterTheRestart)
            {
                await restarted.Task;
            }

            await gate.WaitAsync();
            try
            {
                using var response = await agent.PutDocumentAsync(portCallId, "arrival", "fal3", Api.Json(body));
                answers.Add((body, response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(), DateTime.UtcNow));
                if (response.IsSuccessStatusCode && Interlocked.Increment(ref receipts) == ReceiptsBeforeTheCrash)
                {
                    crashed.TrySetResult();
                }
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        var crash = Task.Run(async () =>
        {
            try
            {
                await crashed.Task.WaitAsync(TimeSpan.FromSeconds(60));

                // A little later, so the cut lands inside the writes of the submissions in flight.
                await Task.Delay(Random.Shared.Next(5, 40));
                _blobProxy.Cut();
                _tableProxy.Cut();
                await _azurite.StopAsync();
                await Task.Delay(TimeSpan.FromSeconds(2));
                await _azurite.RestartAsync();
                _blobProxy.Resume();
                _tableProxy.Resume();
                restartedAt = DateTime.UtcNow;
            }
            finally
            {
                // Released even when the crash could not be staged, so no submission waits forever.
                restarted.TrySetResult();
            }
        });

        await Task.WhenAll([.. burst, crash]);

        var acknowledged = answers.Where(answer => (int)answer.Status is >= 200 and < 300).ToList();
        var failed = answers.Where(answer => (int)answer.Status >= 500).ToList();
        var afterRestart = acknowledged.Count(answer => answer.At > restartedAt);
        output.WriteLine($"{acknowledged.Count} receipts ({afterRestart} after the restart), {failed.Count} failures: {string.Join(", ", failed.GroupBy(answer => answer.Status).Select(group => $"{group.Count()} x {(int)group.Key}"))}.");
        Assert.Equal(Submissions, acknowledged.Count + failed.Count);
        Assert.True(acknowledged.Count >= ReceiptsBeforeTheCrash);
        Assert.NotEmpty(failed);
        Assert.True(afterRestart > 0, "No submission was accepted after storage came back.");
        Assert.All(failed, answer => Assert.Equal("application/problem+json", answer.ContentType));
        var versions = new List<int>();
        foreach (var (body, _, _, text, _) in acknowledged)
        {
            var receipt = System.Text.Json.JsonDocument.Parse(text).RootElement;
            var version = receipt.GetProperty("version").GetInt32();
            versions.Add(version);
            using var stored = await agent.GetAsync($"/api/port-calls/{portCallId}/arrival/fal3/versions/{version}");
            Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
            var bytes = await stored.Content.ReadAsByteArrayAsync();
            Assert.Equal(Encoding.UTF8.GetBytes(body), bytes);
            Assert.Equal(receipt.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }

        Assert.Equal(versions.Count, versions.Distinct().Count());
        var listed = await (await agent.GetAsync($"/api/port-calls/{portCallId}/arrival/fal3/versions")).ReadJsonAsync();
        var listedVersions = listed.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("version").GetInt32()).ToList();
        Assert.Equal(Enumerable.Range(1, listedVersions.Count), listedVersions);
        Assert.Subset(listedVersions.ToHashSet(), versions.ToHashSet());
        output.WriteLine($"{listedVersions.Count} versions stored, {listedVersions.Count - versions.Count} of them committed although their answer was a failure.");
        foreach (var (body, _, _, _, _) in failed)
        {
            using var retry = await agent.PutDocumentAsync(portCallId, "arrival", "fal3", Api.Json(body));
            Assert.True(retry.IsSuccessStatusCode, $"A retry after the restart answered {retry.StatusCode}.");
        }
    }
}
