using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Functions.Tests.Triggers.Invocation;
using Ics2Port.Functions.Triggers;
using Ics2Port.Functions.Triggers.Invocation;
using Azure.Storage.Blobs.Models;
using Ics2Port.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ics2Port.Functions.Tests.Triggers.Standalone;

[Collection(TriggersAzuriteCollection.Name)]
public sealed class StandaloneTriggerDriverTests(AzuriteFixture azurite)
{
    private const string Csv = "familyName,givenNames\nBERZINS,JANIS\n";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    // Long enough for several 200 ms polls to have passed over a handled blob.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1.2);

    [Fact]
    public async Task UploadedBlob_FiresTheHandlerOnceWithTheHostEnvelope()
    {
        var container = await ContainerAsync();
        await using var host = await StartAsync(container);

        var put = await PutAsync(container, "AG-X/pc-1/arrival/fal5.csv", Csv);

        await Eventually.WaitUntilAsync(() => !host.Recorder.Blobs.IsEmpty, Deadline, "the blob trigger");
        await Task.Delay(Settle);
        var seen = Assert.Single(host.Recorder.Blobs);
        Assert.Equal(
            ("Inbound", $"{container}/AG-X/pc-1/arrival/fal5.csv", "AG-X/pc-1/arrival/fal5.csv", Csv, put.ETag.ToString("H"), "text/csv"),
            (seen.FunctionName, seen.BlobPath, seen.PathVariables["name"], seen.Content?.ToString(), seen.ETag?.ToString("H"), seen.ContentType));
    }

    [Fact]
    public async Task RewrittenBlob_FiresAgainForTheNewETag()
    {
        var container = await ContainerAsync();
        await using var host = await StartAsync(container);
        var first = await PutAsync(container, "AG-X/pc-1/arrival/fal1.json", "{\"v\":1}");
        await Eventually.WaitUntilAsync(() => host.Recorder.Blobs.Count == 1, Deadline, "the first version");

        var second = await PutAsync(container, "AG-X/pc-1/arrival/fal1.json", "{\"v\":2}");

        await Eventually.WaitUntilAsync(() => host.Recorder.Blobs.Count >= 2, Deadline, "the second version");
        await Task.Delay(Settle);
        Assert.Equal(
            [(first.ETag.ToString("H"), "{\"v\":1}"), (second.ETag.ToString("H"), "{\"v\":2}")],
            host.Recorder.Blobs.Select(b => (b.ETag?.ToString("H"), b.Content?.ToString())));
    }

    [Fact]
    public async Task AlwaysFailingHandler_IsTriedMaxAttemptsThenPoisonedOnce()
    {
        var container = await ContainerAsync();
        var recorder = new HandlerRecorder { BlobOutcome = _ => TriggerResult.Failure("manifest store is down") };
        await using var host = await StartAsync(container, recorder: recorder, maxAttempts: 3);

        await PutAsync(container, "AG-X/pc-1/arrival/manifest.csv", Csv);

        await Eventually.WaitUntilAsync(() => !recorder.Poisoned.IsEmpty, Deadline, "the poison hook");
        await Task.Delay(Settle);
        var poisoned = Assert.Single(recorder.Poisoned);
        Assert.Equal(
            (3, "Inbound", container, "AG-X/pc-1/arrival/manifest.csv", 3, "Inbound failed: manifest store is down"),
            (recorder.Blobs.Count, poisoned.FunctionName, poisoned.Container, poisoned.BlobName, poisoned.Attempts, poisoned.LastError));
    }

    [Fact]
    public async Task HandlerThatFailsOnce_SucceedsOnTheNextPollWithoutPoison()
    {
        var container = await ContainerAsync();
        var calls = 0;
        var recorder = new HandlerRecorder
        {
            BlobOutcome = _ => Interlocked.Increment(ref calls) == 1 ? TriggerResult.Failure("busy") : TriggerResult.Success(),
        };
        await using var host = await StartAsync(container, recorder: recorder, maxAttempts: 3);

        await PutAsync(container, "AG-X/pc-1/departure/fal6.csv", Csv);

        await Eventually.WaitUntilAsync(() => recorder.Blobs.Count >= 2, Deadline, "the retry");
        await Task.Delay(Settle);
        Assert.Equal((2, 0), (recorder.Blobs.Count, recorder.Poisoned.Count));
    }

    [Fact]
    public async Task TimerEverySecond_FiresAtLeastTwiceInThreeSeconds()
    {
        var container = await ContainerAsync();
        await using var host = await StartAsync(container, timerSchedule: "*/1 * * * * *");

        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.InRange(host.Recorder.Timers.Count(t => t.FunctionName == "Every"), 2, 4);
    }

    [Fact]
    public async Task QueueFunctionBesideABlobFunction_IsLeftToTheHostWithoutAWarning()
    {
        var container = await ContainerAsync();
        var log = new CapturingLoggerProvider();
        var functions = new Dictionary<string, string>
        {
            ["Inbound"] = TriggerTestHost.BlobFunction($"{container}/{{name}}"),
            ["Poisoned"] = TriggerTestHost.QueueFunction("webjobs-blobtrigger-poison"),
        };
        await using var host = await TriggerTestHost.StartAsync(functions, Settings(), services => services.AddSingleton<ILoggerProvider>(log));

        await PutAsync(container, "AG-X/pc-1/arrival/fal5.csv", Csv);

        await Eventually.WaitUntilAsync(() => !host.Recorder.Blobs.IsEmpty, Deadline, "the blob trigger");
        await Task.Delay(Settle);
        var fromTriggers = log.Entries.Where(e => e.Category.StartsWith("Ics2Port.Functions.Triggers", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            (1, 0, 0),
            (host.Recorder.Blobs.Count, fromTriggers.Count(e => e.Level >= LogLevel.Warning), fromTriggers.Count(e => e.Message.Contains("Poisoned", StringComparison.Ordinal))));
        Assert.Contains(fromTriggers, e => e.Message.StartsWith("Standalone triggers for 1 function(s)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoDriversOnOneStorage_FireEachBlobOnce()
    {
        var container = await ContainerAsync();
        var table = azurite.UniqueName("receipts");
        var recorder = new HandlerRecorder();
        await using var first = await StartAsync(container, table, recorder);
        await using var second = await StartAsync(container, table, recorder);
        var names = Enumerable.Range(1, 8).Select(i => $"AG-X/pc-{i}/arrival/fal5.csv").ToList();

        await Task.WhenAll(names.Select(n => PutAsync(container, n, Csv)));

        await Eventually.WaitUntilAsync(() => recorder.Blobs.Count >= names.Count, Deadline, "all blobs");
        await Task.Delay(Settle);
        Assert.Equal(names.Order(), recorder.Blobs.Select(b => b.BlobName).Order());
    }

    private async Task<string> ContainerAsync()
    {
        var container = azurite.UniqueName("inbound");
        await azurite.Blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync();
        return container;
    }

    private async Task<BlobContentInfo> PutAsync(string container, string name, string text) =>
        await azurite.Blobs.GetBlobContainerClient(container).GetBlobClient(name).UploadAsync(
            BinaryData.FromString(text), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/csv" } });

    private Task<TriggerTestHost> StartAsync(
        string container,
        string? table = null,
        HandlerRecorder? recorder = null,
        int maxAttempts = 5,
        string? timerSchedule = null)
    {
        var functions = new Dictionary<string, string> { ["Inbound"] = TriggerTestHost.BlobFunction($"{container}/{{name}}") };
        if (timerSchedule is not null)
        {
            functions["Every"] = TriggerTestHost.TimerFunction(timerSchedule);
        }

        return TriggerTestHost.StartAsync(
            functions,
            Settings(table, maxAttempts),
            services => services.AddPoisonBlobHandler<RecordingPoisonHandler>(),
            recorder);
    }

    private Dictionary<string, string?> Settings(string? table = null, int maxAttempts = 5) => new()
    {
        ["AzureWebJobsStorage"] = azurite.ConnectionString,
        ["Ics2Port:StandaloneTriggers:Enabled"] = "true",
        ["Ics2Port:StandaloneTriggers:PollInterval"] = "00:00:00.200",
        ["Ics2Port:StandaloneTriggers:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Ics2Port:StandaloneTriggers:ReceiptsTable"] = table ?? azurite.UniqueName("receipts"),
    };
}
