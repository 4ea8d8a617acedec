using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Ics2Port.Functions.Bulk;
using Ics2Port.LocalHost.Triggers;
using Ics2Port.Testing;
using Xunit.Abstractions;

namespace Ics2Port.Functions.Tests.Hosting;

/// <summary>
/// Storage goes away under the running app and comes back: the app and its local host's trigger loops keep running
/// (the health probe answers 503 meanwhile), and a file dropped afterwards gets its result.
/// </summary>
/// <remarks>
/// The outage lasts until every loop has met it and come round again (the blob poller has failed <see cref="FailedPolls"/>
/// times, each after the storage client's own retries, and backed off between them; the queue poller has failed),
/// about half a minute rather than a fixed minute: a loop that did not survive its first fault would have ended at
/// that first fault, so what a longer outage adds is only more of the same.
/// </remarks>
public sealed partial class StorageOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Inbound = "inbound";
    private const int FailedPolls = 2;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    private PersistentAzurite _azurite = null!;
    private AppProcess _app = null!;

    public async Task InitializeAsync()
    {
        _azurite = await PersistentAzurite.StartAsync();
        await new BlobServiceClient(_azurite.ConnectionString()).GetBlobContainerClient(Inbound).CreateIfNotExistsAsync();
        _app = await AppProcess.StartAsync(TestApp.Configuration(_azurite.ConnectionString(), "outage", new Dictionary<string, string?>
        {
            [$"{LocalTriggerOptions.SectionName}:Enabled"] = "true",
            [$"{LocalTriggerOptions.SectionName}:PollInterval"] = "00:00:00.200",
            ["Ics2Port:Storage:MaxRetries"] = "1",
        }));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task Storage_StoppedUntilEveryLoopFailedAndStartedAgain_AppKeepsRunningAndAFileDroppedAfterwardsGetsItsResult()
    {
        using var agent = new HttpClient { BaseAddress = _app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        agent.DefaultRequestHeaders.Add("X-Api-Key", TestApp.AgentAKey);
        var portCallId = await agent.CreatePortCallAsync();

        await _azurite.StopAsync();
        try
        {
            await Eventually.WaitUntilAsync(
                () => _app.HasExited || (Count(BlobPollFailed()) >= FailedPolls && Count(QueuePollFailed()) >= 1),
                Deadline,
                "every trigger loop to fail on the outage");
        }
        catch (Xunit.Sdk.FailException)
        {
            output.WriteLine(_app.Output[^Math.Min(_app.Output.Length, 4000)..]);
            throw;
        }

        Assert.False(_app.HasExited, $"The app exited during the outage:\n{_app.Output}");
        using (var duringOutage = await agent.GetAsync("/api/health"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, duringOutage.StatusCode);
        }

        await _azurite.RestartAsync();
        var name = $"{TestApp.AgentA}/{portCallId}/arrival/fal5.csv";
        var blobs = new BlobServiceClient(_azurite.ConnectionString());
        await blobs.GetBlobContainerClient(Inbound).GetBlobClient(name).UploadAsync(BinaryData.FromString(Samples.Fal5Csv()));
        var result = blobs.GetBlobContainerClient("outageresults").GetBlobClient(BulkContainers.ResultName(name));
        await Eventually.WaitUntilAsync(async () => _app.HasExited || await result.ExistsAsync(), Deadline, "the result of the file dropped after the outage");

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Count(BlobPollFailed())} failed polls of inbound, {Count(QueuePollFailed())} of the poison queue"));
        Assert.False(_app.HasExited, $"The app exited:\n{_app.Output}");
        Assert.Equal("201", (await result.GetPropertiesAsync()).Value.Metadata["status"]);
        using var afterOutage = await agent.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, afterOutage.StatusCode);
    }

    private int Count(Regex pattern) => pattern.Count(_app.Output);

    [GeneratedRegex("InboundFileUploaded: polling container inbound failed")]
    private static partial Regex BlobPollFailed();

    [GeneratedRegex("BlobTriggerPoisoned: polling queue [^ ]+ failed")]
    private static partial Regex QueuePollFailed();
}
