using System.Diagnostics;
using System.Text.Json;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;
using Xunit.Abstractions;

namespace Ics2Port.Functions.Tests.Bulk;

/// <summary>A 10,000-row manifest CSV from upload to result, through the local host's blob trigger as <c>./run.sh</c> runs it.</summary>
public sealed class BulkManifestTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    private const int Rows = 10_000;

    [Fact]
    public async Task Upload_ManifestCsvOf10000Rows_AcceptedWithinTheDeadline()
    {
        await using var bulk = await BulkApp.StartAsync(azurite, triggers: true);
        var portCallId = await bulk.Agent.CreatePortCallAsync();
        var name = $"{TestApp.AgentA}/{portCallId}/arrival/manifest.csv";
        var csv = ManifestRows.Csv(Rows);
        var started = Stopwatch.StartNew();

        await bulk.UploadAsync(name, csv, "text/csv");

        var result = await bulk.WaitForResultAsync(name, TimeSpan.FromSeconds(25));
        started.Stop();
        output.WriteLine($"{Rows} rows, {csv.Length / 1024.0:F0} KiB: upload to result {started.Elapsed.TotalSeconds:F2} s ({Rows / started.Elapsed.TotalSeconds:F0} rows/s)");
        var receipt = JsonDocument.Parse(result.Content.ToString()).RootElement;
        Assert.Equal(
            ("201", $"{portCallId}-arrival-manifest", 1),
            (result.Metadata["status"], receipt.GetProperty("documentId").GetString(), receipt.GetProperty("version").GetInt32()));
    }
}
