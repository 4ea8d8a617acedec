using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;
using Xunit.Abstractions;

namespace Ics2Port.Functions.Tests.Bulk;

/// <summary>
/// The cell-bomb workbook (one cell of 240 million characters, about 250 KB packed) filed eight times at once to the
/// app in a process of its own: each gets 400 naming the limit it passed, and the process's resident memory grows by
/// no more than <see cref="MaxGrowthBytes"/> over what it held after a first bomb.
/// </summary>
[Collection("azurite")]
public sealed class CellBombTests(AzuriteFixture azurite, ITestOutputHelper output) : IAsyncLifetime
{
    private const long BombCharacters = 240_000_000;
    private const int Parallel = 8;
    private const long MaxGrowthBytes = 100L * 1024 * 1024;
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private AppProcess _app = null!;

    public async Task InitializeAsync() =>
        _app = await AppProcess.StartAsync(TestApp.Configuration(azurite.ConnectionString, azurite.UniqueName("bomb")));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task SubmitDocument_CellBombEightTimesInParallel_Each400NamingTheLimitAndMemoryGrowsAtMost100MB()
    {
        var bomb = CellBombWorkbook.Create(BombCharacters);
        using var agent = new HttpClient { BaseAddress = _app.BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        agent.DefaultRequestHeaders.Add("X-Api-Key", TestApp.AgentAKey);
        var portCallId = await agent.CreatePortCallAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await FileAsync(agent, portCallId, bomb)).Status);
        var baseline = ResidentBytes();
        var peak = baseline;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                peak = Math.Max(peak, ResidentBytes());
                await Task.Delay(5, CancellationToken.None);
            }
        });

        var answers = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ => FileAsync(agent, portCallId, bomb)));
        await done.CancelAsync();
        await sampler;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bomb {bomb.Length / 1024} KB packed; resident {baseline / (1024 * 1024)} MB after the first, peak {peak / (1024 * 1024)} MB during {Parallel} in parallel"));
        Assert.All(answers, answer =>
        {
            Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
            Assert.Contains("\"rule\":\"FORMAT-XLSX\"", answer.Body, StringComparison.Ordinal);
            Assert.Contains("unpacks to more than 32 MB, the limit for one part", answer.Body, StringComparison.Ordinal);
        });
        Assert.True(bomb.Length < 400 * 1024, $"The bomb is {bomb.Length} bytes packed.");
        Assert.False(_app.HasExited);
        Assert.True(peak - baseline <= MaxGrowthBytes, $"Resident memory grew by {(peak - baseline) / (1024 * 1024)} MB, more than {MaxGrowthBytes / (1024 * 1024)} MB.");
    }

    private static async Task<(HttpStatusCode Status, string Body)> FileAsync(HttpClient agent, string portCallId, byte[] workbook)
    {
        using var content = new ByteArrayContent(workbook);
        content.Headers.ContentType = new MediaTypeHeaderValue(XlsxType);
        using var response = await agent.PutDocumentAsync(portCallId, "arrival", "fal5", content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    // VmRSS of /proc/{pid}/status, in bytes.
    private long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{_app.ProcessId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }
}
