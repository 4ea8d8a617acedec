using System.Text.Json;
using Ics2Port.Functions.Tests.Triggers.Envelopes;
using Ics2Port.Functions.Triggers.Poison;

namespace Ics2Port.Functions.Tests.Triggers.Poison;

/// <summary>
/// The message as the Storage extension's <c>BlobTriggerQueueWriter</c> writes it (Newtonsoft, PascalCase, the ETag in
/// its header form with quotes), and as the queue trigger hands it over: an object, a JSON string, or encoded twice.
/// </summary>
public sealed class BlobTriggerPoisonMessageTests
{
    [Theory]
    [InlineData("queue-poison-object.json")]
    [InlineData("queue-poison-string.json")]
    [InlineData("queue-poison-double-encoded.json")]
    public void TryRead_RecordedMessage_ReadsFunctionBlobAndUnquotedETag(string fixture)
    {
        var message = EnvelopeFixture.Load(fixture).DataFor("message")!.Value;

        var read = BlobTriggerPoisonMessage.TryRead(message, out var poison, out _);

        Assert.Equal(
            (true, "Host.Functions.InboundFileUploaded", "InboundFileUploaded", "inbound", "AG-BALTSHIP/pc-1/arrival/fal5.csv", "0x8DC5F0A1B2C3D4E"),
            (read, poison!.FunctionId, poison.FunctionName, poison.ContainerName, poison.BlobName, poison.ETag.ToString()));
    }

    [Fact]
    public void TryRead_MessageWithoutType_ReadsItAsTheOlderExtensionWroteIt()
    {
        var message = Json("""{ "FunctionId": "Host.Functions.InboundFileUploaded", "BlobType": "BlockBlob", "ContainerName": "inbound", "BlobName": "a/b.json", "ETag": "0x1" }""");

        var read = BlobTriggerPoisonMessage.TryRead(message, out var poison, out _);

        Assert.Equal((true, "InboundFileUploaded", "0x1"), (read, poison!.FunctionName, poison.ETag.ToString()));
    }

    [Theory]
    [InlineData("\"plain text\"", "it is String, not a JSON object")]
    [InlineData("[1, 2]", "it is Array, not a JSON object")]
    [InlineData("""{ "Type": "Other", "FunctionId": "Host.Functions.X", "ContainerName": "c", "BlobName": "b", "ETag": "e" }""", "its Type is 'Other', not 'BlobTrigger'")]
    [InlineData("""{ "Type": "BlobTrigger", "FunctionId": "Host.Functions.X", "ContainerName": "c" }""", "it has no BlobName, ETag")]
    [InlineData("""{ "Type": "BlobTrigger", "ContainerName": "c", "BlobName": "b", "ETag": "\"\"" }""", "it has no FunctionId, ETag")]
    public void TryRead_NotABlobTriggerMessage_SaysWhy(string json, string expected)
    {
        var message = Json(json);

        var read = BlobTriggerPoisonMessage.TryRead(message, out var poison, out var problem);

        Assert.Equal((false, null, expected), (read, poison, problem));
    }

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
