using System.Net;
using System.Text;
using System.Text.Json;
using Ics2Port.Functions.Tests.Bulk;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Functions.Tests.Triggers.Envelopes;
using Ics2Port.Storage.Layout;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.Triggers.Poison;

/// <summary>
/// Recorded queue-trigger envelopes of the host's poison message posted to <c>POST /BlobTriggerPoisoned</c>, with a
/// real file in inbound behind them: the file must end in quarantine with its error record, as the standalone
/// driver's poison hook leaves it.
/// </summary>
[Collection("azurite")]
public sealed class PoisonQueueHandlerTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Function = "BlobTriggerPoisoned";
    private const string MessageId = "7c1e4b2a-5d3f-4e8a-9b6c-0f1e2d3c4b5a";
    private BulkApp _bulk = null!;

    public async Task InitializeAsync() => _bulk = await BulkApp.StartAsync(azurite, standalone: false);

    public async Task DisposeAsync() => await _bulk.DisposeAsync();

    [Theory]
    [InlineData("queue-poison-object.json")]
    [InlineData("queue-poison-string.json")]
    [InlineData("queue-poison-double-encoded.json")]
    public async Task Invoke_RecordedPoisonMessage_MovesTheFileToQuarantineWithItsErrorRecord(string fixture)
    {
        var name = $"{TestApp.AgentA}/pc-poisoned/arrival/fal5.csv";
        var csv = Samples.Fal5Csv(crew: 2);
        var upload = await _bulk.UploadAsync(name, Encoding.UTF8.GetBytes(csv), "text/csv");
        var invocationId = Guid.NewGuid().ToString();

        using var invoked = await _bulk.InvokeAsync(Function, Envelope(fixture, name, upload.ETag.ToString()), invocationId);

        var quarantined = await _bulk.Blob(_bulk.Quarantine, name).DownloadIfExistsAsync();
        var error = JsonDocument.Parse((await _bulk.Blob(_bulk.Quarantine, name + ".error.json").DownloadIfExistsAsync())!.Content.ToString()).RootElement;
        Assert.Equal(
            (HttpStatusCode.OK, csv, "text/csv", $"{_bulk.Inbound}/{name}", upload.ETag.ToString(), "InboundFileUploaded", invocationId, 5, false),
            (invoked.StatusCode, quarantined!.Content.ToString(), quarantined.Details.ContentType, error.GetProperty("source").GetString(),
             error.GetProperty("sourceEtag").GetString(), error.GetProperty("function").GetString(), error.GetProperty("invocationId").GetString(),
             error.GetProperty("attempts").GetInt32(), await ExistsAsync(_bulk.Inbound, name)));
        Assert.Equal(
            $"Failed all 5 attempts in the Functions host; its poison message {MessageId} names the blob, not the error: " +
            "see the failed invocations of InboundFileUploaded in Application Insights.",
            error.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Invoke_SameMessageDeliveredTwice_SecondSucceedsAndChangesNothing()
    {
        var name = $"{TestApp.AgentA}/pc-poisoned/arrival/fal1.json";
        var upload = await _bulk.UploadAsync(name, Encoding.UTF8.GetBytes(Samples.Fal1()), "application/json");
        var envelope = Envelope("queue-poison-object.json", name, upload.ETag.ToString());
        using var first = await _bulk.InvokeAsync(Function, envelope);
        var record = await _bulk.Blob(_bulk.Quarantine, name + ".error.json").GetPropertiesIfExistsAsync();

        using var second = await _bulk.InvokeAsync(Function, envelope);

        Assert.Equal(
            (HttpStatusCode.OK, HttpStatusCode.OK, record!.ETag, false),
            (first.StatusCode, second.StatusCode, (await _bulk.Blob(_bulk.Quarantine, name + ".error.json").GetPropertiesIfExistsAsync())!.ETag,
             await ExistsAsync(_bulk.Inbound, name)));
    }

    [Fact]
    public async Task Invoke_FileRewrittenSinceItWasPoisoned_SucceedsAndLeavesTheNewVersionInInbound()
    {
        var name = $"{TestApp.AgentA}/pc-poisoned/arrival/fal1.json";
        var poisoned = await _bulk.UploadAsync(name, Encoding.UTF8.GetBytes(Samples.Fal1()), "application/json");
        await _bulk.UploadAsync(name, Encoding.UTF8.GetBytes(Samples.Fal1() + "\n"), "application/json");

        using var invoked = await _bulk.InvokeAsync(Function, Envelope("queue-poison-object.json", name, poisoned.ETag.ToString()));

        Assert.Equal(
            (HttpStatusCode.OK, true, false),
            (invoked.StatusCode, await ExistsAsync(_bulk.Inbound, name), await ExistsAsync(_bulk.Quarantine, name)));
    }

    [Theory]
    [InlineData("\"not a poison message\"")]
    [InlineData("{ \"Type\": \"QueueTrigger\", \"FunctionId\": \"Host.Functions.InboundFileUploaded\", \"ContainerName\": \"inbound\", \"BlobName\": \"{name}\", \"ETag\": \"{etag}\" }")]
    [InlineData("{ \"Type\": \"BlobTrigger\", \"FunctionId\": \"Host.Functions.InboundFileUploaded\", \"ContainerName\": \"inbound\", \"ETag\": \"{etag}\" }")]
    [InlineData("{ \"Type\": \"BlobTrigger\", \"FunctionId\": \"Host.Functions.SomeOtherApp\", \"ContainerName\": \"inbound\", \"BlobName\": \"{name}\", \"ETag\": \"{etag}\" }")]
    [InlineData("{ \"Type\": \"BlobTrigger\", \"FunctionId\": \"Host.Functions.InboundFileUploaded\", \"ContainerName\": \"fallback-inbox\", \"BlobName\": \"{name}\", \"ETag\": \"{etag}\" }")]
    public async Task Invoke_MessageThatIsNotOursOrUnreadable_FailsAndMovesNothing(string message)
    {
        var name = $"{TestApp.AgentA}/pc-poisoned/arrival/fal1.json";
        var upload = await _bulk.UploadAsync(name, Encoding.UTF8.GetBytes(Samples.Fal1()), "application/json");
        var body = message
            .Replace("{name}", name, StringComparison.Ordinal)
            .Replace("{etag}", upload.ETag.ToString(), StringComparison.Ordinal)
            .Replace("\"inbound\"", $"\"{_bulk.Inbound}\"", StringComparison.Ordinal);
        var envelope = $$"""{ "Data": { "message": {{body}} }, "Metadata": { "Id": "{{MessageId}}", "DequeueCount": 1 } }""";

        using var invoked = await _bulk.InvokeAsync(Function, envelope);

        var answer = await invoked.ReadJsonAsync();
        Assert.Equal(
            (HttpStatusCode.InternalServerError, true, false),
            (invoked.StatusCode, await ExistsAsync(_bulk.Inbound, name), await ExistsAsync(_bulk.Quarantine, name)));
        Assert.Contains(answer.GetProperty("Logs").EnumerateArray(), log => log.GetString()!.Contains($"Message {MessageId}", StringComparison.Ordinal));
    }

    // The recorded envelope, pointed at a real blob version of this test.
    private string Envelope(string fixture, string blobName, string etag) =>
        EnvelopeFixture.Text(fixture)
            .Replace("AG-BALTSHIP/pc-1/arrival/fal5.csv", blobName, StringComparison.Ordinal)
            .Replace("0x8DC5F0A1B2C3D4E", etag, StringComparison.Ordinal)
            .Replace("inbound", _bulk.Inbound, StringComparison.Ordinal);

    private async Task<bool> ExistsAsync(string container, string name) =>
        await _bulk.Blob(container, name).GetPropertiesIfExistsAsync() is not null;
}
