using System.Text.Json;
using Azure;
using Ics2Port.Functions.Tests.Triggers.Envelopes;
using Ics2Port.Functions.Triggers.Catalog;
using Ics2Port.Functions.Triggers.Envelopes;
using Ics2Port.Functions.Triggers.Invocation;

namespace Ics2Port.Functions.Tests.Triggers.Invocation;

/// <summary>
/// The fixtures are envelopes as the host builds them, reconstructed from its source and issues:
/// <list type="bullet">
/// <item><c>blob-binary-current-host.json</c>: azure-functions-host <c>ScriptInvocationContextExtensions.ToHttpScriptInvocationContext</c>
/// (src/WebJobs.Script/Workers/MessageExtensions): bytes of a <c>"dataType": "binary"</c> trigger as base64, objects
/// (<c>Properties</c>, <c>Metadata</c>, <c>sys</c>) via <c>JObject.FromObject</c>, strings and URIs through
/// <c>JsonConvert.SerializeObject</c> and so encoded twice, and every key ending in "trigger" (<c>BlobTrigger</c>) left out.</item>
/// <item><c>blob-properties-as-strings.json</c>: <c>Properties</c>/<c>Metadata</c>/<c>sys</c> as JSON strings, as reported in azure-functions-host#5815.</item>
/// <item><c>blob-string-double-encoded.json</c>: a string-typed trigger, its text encoded twice by the same code path.</item>
/// <item><c>blob-string-content-with-blobtrigger.json</c>: the blob binding data contract (BlobTrigger, Uri, Properties;
/// azure-webjobs-sdk#1087) with single-encoded values, as in the docs' request payload example.</item>
/// <item><c>blob-missing-metadata.json</c>: an envelope with no <c>Metadata</c> at all.</item>
/// </list>
/// </summary>
public sealed class InvocationReaderTests
{
    private const string Csv = "familyName,givenNames\nBERZINS,JANIS\n";
    private static readonly BlobTriggerBinding BinaryTrigger = Trigger("binary");

    [Theory]
    [InlineData("blob-binary-current-host.json", "binary")]
    [InlineData("blob-properties-as-strings.json", "binary")]
    [InlineData("blob-string-double-encoded.json", "string")]
    [InlineData("blob-string-content-with-blobtrigger.json", null)]
    public void ReadBlob_RecordedEnvelope_FindsTheBlobAndItsContent(string fixture, string? dataType)
    {
        var request = EnvelopeFixture.Load(fixture);

        var invocation = InvocationReader.ReadBlob(request, "InboundFileUploaded", Trigger(dataType), "inv-1");

        Assert.Equal(
            ("inbound", "AG-BALTSHIP/pc-1/arrival/fal5.csv", "AG-BALTSHIP/pc-1/arrival/fal5.csv", Csv),
            (invocation.Container, invocation.BlobName, invocation.PathVariables["name"], invocation.Content?.ToString()));
    }

    [Fact]
    public void ReadBlob_CurrentHostEnvelope_ReadsPropertiesAndMetadataObjects()
    {
        var request = EnvelopeFixture.Load("blob-binary-current-host.json");

        var invocation = InvocationReader.ReadBlob(request, "InboundFileUploaded", BinaryTrigger, "inv-1");

        Assert.Equal(
            ("text/csv", new DateTimeOffset(2026, 3, 2, 9, 15, 27, TimeSpan.Zero), "AG-BALTSHIP", (ETag?)null),
            (invocation.ContentType, invocation.LastModified, invocation.BlobMetadata["uploadedBy"], invocation.ETag));
    }

    [Fact]
    public void ReadBlob_PropertiesSentAsJsonString_ReadsETagAndContentType()
    {
        var request = EnvelopeFixture.Load("blob-properties-as-strings.json");

        var invocation = InvocationReader.ReadBlob(request, "InboundFileUploaded", BinaryTrigger, "inv-1");

        Assert.Equal(
            (new ETag("0x8D7CCEC5515D04D"), "text/csv", "AG-BALTSHIP"),
            (invocation.ETag, invocation.ContentType, invocation.BlobMetadata["uploadedBy"]));
    }

    [Fact]
    public void ReadBlob_MetadataMissing_ThrowsEnvelopeExceptionNamingWhatIsMissing()
    {
        var request = EnvelopeFixture.Load("blob-missing-metadata.json");

        var read = () => InvocationReader.ReadBlob(request, "InboundFileUploaded", BinaryTrigger, "inv-1");

        var error = Assert.Throws<InvocationEnvelopeException>(read);
        Assert.Contains("no BlobTrigger, no name and no Uri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadBlob_OnlyUriPathStyle_TakesTheNameAfterTheAccountAndContainer()
    {
        var request = InvocationRequest.Parse("""
            { "Data": { "file": "" },
              "Metadata": { "Uri": "\"http://127.0.0.1:10000/devstoreaccount1/inbound/AG-X/pc%201/arrival/fal6.csv\"" } }
            """);

        var invocation = InvocationReader.ReadBlob(request, "InboundFileUploaded", BinaryTrigger, "inv-1");

        Assert.Equal("AG-X/pc 1/arrival/fal6.csv", invocation.BlobName);
    }

    [Fact]
    public void ReadBlob_BlobTriggerInAnotherContainer_ThrowsEnvelopeException()
    {
        var request = InvocationRequest.Parse("""{ "Data": {}, "Metadata": { "BlobTrigger": "results/a.json" } }""");

        var read = () => InvocationReader.ReadBlob(request, "InboundFileUploaded", BinaryTrigger, "inv-1");

        Assert.Throws<InvocationEnvelopeException>(read);
    }

    [Fact]
    public void ReadBlob_RetryContext_GivesDeliveryCountFromRetryCount()
    {
        var request = InvocationRequest.Parse("""
            { "Data": {}, "Metadata": { "name": "\"a.csv\"", "RetryContext": { "RetryCount": 2, "MaxRetryCount": 4 } } }
            """);

        var invocation = InvocationReader.ReadBlob(request, "InboundFileUploaded", BinaryTrigger, "inv-1");

        Assert.Equal(3, invocation.DeliveryCount);
    }

    [Fact]
    public void ReadQueue_DocumentedShape_ReadsTheMessageAndItsMetadata()
    {
        var request = EnvelopeFixture.Load("queue-documented-shape.json");

        var invocation = InvocationReader.ReadQueue(request, "Orders", new QueueTriggerBinding("message", "orders", "AzureWebJobsStorage"), "inv-1");

        Assert.Equal(
            ("Orders", "inv-1", "orders", "{ portCallId: \"pc-1\" }", "5e0b2c1a-8f3d-4b6e-a9c7-1d2e3f4a5b6c", 2, DateTimeOffset.Parse("2026-03-02T09:15:27+00:00", System.Globalization.CultureInfo.InvariantCulture)),
            (invocation.FunctionName, invocation.InvocationId, invocation.QueueName, invocation.Message.GetString(), invocation.MessageId, invocation.DequeueCount, invocation.InsertedAt));
    }

    [Theory]
    [InlineData("queue-poison-object.json")]
    [InlineData("queue-poison-string.json")]
    [InlineData("queue-poison-double-encoded.json")]
    public void ReadQueue_JsonMessageHoweverEncoded_GivesTheObject(string fixture)
    {
        var request = EnvelopeFixture.Load(fixture);

        var invocation = InvocationReader.ReadQueue(request, "BlobTriggerPoisoned", new QueueTriggerBinding("message", "webjobs-blobtrigger-poison", "AzureWebJobsStorage"), "inv-1");

        Assert.Equal(
            (JsonValueKind.Object, "AG-BALTSHIP/pc-1/arrival/fal5.csv"),
            (invocation.Message.ValueKind, invocation.Message.GetProperty("BlobName").GetString()));
    }

    [Fact]
    public void ReadQueue_NoMessage_ThrowsEnvelopeException()
    {
        var request = InvocationRequest.Parse("""{ "Data": {}, "Metadata": { "Id": "m-1" } }""");

        var read = () => InvocationReader.ReadQueue(request, "Orders", new QueueTriggerBinding("message", "orders", "AzureWebJobsStorage"), "inv-1");

        Assert.Contains("no message", Assert.Throws<InvocationEnvelopeException>(read).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadTimer_NullScheduleStatus_GivesNoStatus()
    {
        // TimerInfo through JObject.FromObject: ScheduleStatus is null without useMonitor.
        var request = EnvelopeFixture.Load("timer-null-status.json");

        var invocation = InvocationReader.ReadTimer(request, "FallbackWorkflow", TimerTrigger(), "inv-2");

        Assert.Equal(
            (false, (ScheduleStatus?)null, new DateTimeOffset(2026, 3, 2, 9, 16, 0, 3, TimeSpan.Zero).AddTicks(1870)),
            (invocation.IsPastDue, invocation.ScheduleStatus, invocation.FiredAt));
    }

    [Fact]
    public void ReadTimer_OddTimestampFormats_ReadsEveryTimestampAsUtc()
    {
        // Last/LastUpdated without a zone, as in azure-functions-host#7391.
        var request = EnvelopeFixture.Load("timer-odd-timestamps.json");

        var invocation = InvocationReader.ReadTimer(request, "FallbackWorkflow", TimerTrigger(), "inv-2");

        Assert.Equal(
            (true, new ScheduleStatus(
                new DateTimeOffset(2021, 5, 17, 20, 59, 59, TimeSpan.Zero).AddTicks(9999774),
                new DateTimeOffset(2021, 5, 17, 21, 0, 0, TimeSpan.Zero),
                DateTimeOffset.MinValue)),
            (invocation.IsPastDue, invocation.ScheduleStatus));
    }

    [Fact]
    public void ReadTimer_TimerInfoSentAsJsonString_ReadsIt()
    {
        var request = InvocationRequest.Parse("""
            { "Data": { "timer": "{\"Schedule\":{},\"ScheduleStatus\":{\"Next\":\"2026-03-02T09:16:00+00:00\"},\"IsPastDue\":\"true\"}" } }
            """);

        var invocation = InvocationReader.ReadTimer(request, "FallbackWorkflow", TimerTrigger(), "inv-2");

        Assert.Equal((true, new DateTimeOffset(2026, 3, 2, 9, 16, 0, TimeSpan.Zero)), (invocation.IsPastDue, invocation.ScheduleStatus?.Next));
    }

    [Fact]
    public void ReadTimer_DataMissing_ThrowsEnvelopeException()
    {
        var request = InvocationRequest.Parse("""{ "Data": {}, "Metadata": {} }""");

        var read = () => InvocationReader.ReadTimer(request, "FallbackWorkflow", TimerTrigger(), "inv-2");

        Assert.Throws<InvocationEnvelopeException>(read);
    }

    private static BlobTriggerBinding Trigger(string? dataType) =>
        new("file", BlobPathPattern.Parse("inbound/{name}"), "AzureWebJobsStorage", dataType, "EventGrid");

    private static TimerTriggerBinding TimerTrigger() =>
        new("timer", TimerSchedule.Parse("0 */1 * * * *"), RunOnStartup: false, UseMonitor: true);
}
