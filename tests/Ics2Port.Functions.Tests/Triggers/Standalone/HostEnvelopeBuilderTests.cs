using System.Text.Json.Nodes;
using Azure;
using Azure.Storage.Blobs.Models;
using Ics2Port.Functions.Triggers.Catalog;
using Ics2Port.Functions.Triggers.Envelopes;
using Ics2Port.Functions.Triggers.Invocation;
using Ics2Port.Functions.Triggers.Standalone;

namespace Ics2Port.Functions.Tests.Triggers.Standalone;

public sealed class HostEnvelopeBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 15, 28, TimeSpan.Zero);
    private static readonly BlobTriggerBinding Trigger = new("file", BlobPathPattern.Parse("inbound/{name}"), "AzureWebJobsStorage", "binary", "EventGrid");
    private static readonly string[] HostMetadataKeys = ["Uri", "Properties", "Metadata", "name", "sys"];

    [Fact]
    public void Blob_Download_WritesTheCurrentHostShape()
    {
        var envelope = HostEnvelopeBuilder.Blob("InboundFileUploaded", Trigger, new Uri("http://127.0.0.1:10000/devstoreaccount1/inbound/AG-X/fal5.csv"), "AG-X/fal5.csv", Download(), Variables(), Now);

        var metadata = envelope["Metadata"]!.AsObject();
        Assert.Equal(HostMetadataKeys, metadata.Select(p => p.Key));
        Assert.Equal(
            ("ZmFtaWx5TmFtZQo=", "\"AG-X/fal5.csv\"", "\"http://127.0.0.1:10000/devstoreaccount1/inbound/AG-X/fal5.csv\"", "\"0x8DE5\"", "2026-03-02T09:15:27+00:00"),
            (envelope["Data"]!["file"]!.GetValue<string>(), metadata["name"]!.GetValue<string>(), metadata["Uri"]!.GetValue<string>(),
             metadata["Properties"]!["ETag"]!.GetValue<string>(), metadata["Properties"]!["LastModified"]!.GetValue<string>()));
    }

    [Fact]
    public void Blob_BuiltEnvelope_ReadsBackAsTheSameBlob()
    {
        var envelope = HostEnvelopeBuilder.Blob("InboundFileUploaded", Trigger, new Uri("http://127.0.0.1:10000/devstoreaccount1/inbound/AG-X/fal5.csv"), "AG-X/fal5.csv", Download(), Variables(), Now);

        var invocation = InvocationReader.ReadBlob(InvocationRequest.Parse(envelope.ToJsonString()), "InboundFileUploaded", Trigger, "inv");

        Assert.Equal(
            ("AG-X/fal5.csv", "familyName\n", new ETag("0x8DE5"), "text/csv", "AG-X"),
            (invocation.BlobName, invocation.Content?.ToString(), invocation.ETag, invocation.ContentType, invocation.BlobMetadata["uploadedBy"]));
    }

    [Fact]
    public void Timer_Unmonitored_HasNullScheduleStatus()
    {
        var trigger = new TimerTriggerBinding("timer", TimerSchedule.Parse("*/1 * * * * *"), RunOnStartup: false, UseMonitor: false);

        var envelope = HostEnvelopeBuilder.Timer("Every", trigger, isPastDue: false, status: null, Now);

        var timer = envelope["Data"]!["timer"]!.AsObject();
        Assert.Equal(
            (true, (JsonNode?)null, false),
            (timer.ContainsKey("ScheduleStatus"), timer["ScheduleStatus"], timer["IsPastDue"]!.GetValue<bool>()));
    }

    [Fact]
    public void Timer_MonitoredFirstRun_WritesDefaultLastAsTheHostDoes()
    {
        var trigger = new TimerTriggerBinding("timer", TimerSchedule.Parse("0 */1 * * * *"), RunOnStartup: false, UseMonitor: true);

        var envelope = HostEnvelopeBuilder.Timer("FallbackWorkflow", trigger, isPastDue: true, (null, Now), Now);

        var status = envelope["Data"]!["timer"]!["ScheduleStatus"]!;
        Assert.Equal(
            ("0001-01-01T00:00:00", "2026-03-02T09:15:28+00:00"),
            (status["Last"]!.GetValue<string>(), status["Next"]!.GetValue<string>()));
    }

    private static BlobDownloadResult Download() => BlobsModelFactory.BlobDownloadResult(
        BinaryData.FromString("familyName\n"),
        BlobsModelFactory.BlobDownloadDetails(
            contentType: "text/csv",
            eTag: new ETag("0x8DE5"),
            lastModified: new DateTimeOffset(2026, 3, 2, 9, 15, 27, TimeSpan.Zero),
            metadata: new Dictionary<string, string> { ["uploadedBy"] = "AG-X" }));

    private static Dictionary<string, string> Variables() => new() { ["name"] = "AG-X/fal5.csv" };
}
