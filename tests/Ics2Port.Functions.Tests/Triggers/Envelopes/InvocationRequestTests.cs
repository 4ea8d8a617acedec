using System.Text.Json;
using Ics2Port.Functions.Triggers.Envelopes;

namespace Ics2Port.Functions.Tests.Triggers.Envelopes;

public sealed class InvocationRequestTests
{
    [Fact]
    public void Parse_MetadataMissing_GivesEmptyMetadataAndKeepsData()
    {
        var request = InvocationRequest.Parse(EnvelopeFixture.Text("blob-missing-metadata.json"));

        Assert.Empty(request.Metadata);
        Assert.Equal(JsonValueKind.String, request.DataFor("file")?.ValueKind);
    }

    [Fact]
    public void Parse_MetadataNull_GivesEmptyMetadata()
    {
        var request = InvocationRequest.Parse("""{ "Data": {}, "Metadata": null }""");

        Assert.Empty(request.Metadata);
    }

    [Fact]
    public void Parse_SectionsInOtherCase_FindsThemCaseInsensitively()
    {
        var request = InvocationRequest.Parse("""{ "data": { "File": "x" }, "metadata": { "Name": "\"a.csv\"" } }""");

        Assert.Equal("a.csv", EnvelopeValues.ReadString(request.MetadataFor("name")));
    }

    [Fact]
    public void Parse_MetadataSentAsJsonString_ReadsItsMembers()
    {
        // Whole sections as strings: the older host serialised binding data with JsonConvert (azure-functions-host#5815).
        var request = InvocationRequest.Parse("""{ "Data": {}, "Metadata": "{\"DequeueCount\":3}" }""");

        Assert.Equal(3, EnvelopeValues.ReadInt32(request.MetadataFor("DequeueCount")));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("""{ "Data": 42 }""")]
    public void Parse_NotAnEnvelope_ThrowsEnvelopeException(string json)
    {
        var parse = () => InvocationRequest.Parse(json);

        Assert.Throws<InvocationEnvelopeException>(parse);
    }

    [Fact]
    public void Parse_DocumentedQueueShape_ReadsNumbersDatesAndSys()
    {
        // Shape of the request payload in the docs (functions-custom-handlers.md, "Request payload"): single-encoded values.
        var request = EnvelopeFixture.Load("queue-documented-shape.json");

        var sys = SystemBindingData.Read(request);

        Assert.Equal(
            (2, new DateTimeOffset(2026, 3, 9, 9, 15, 27, TimeSpan.Zero), "QueueTrigger", "{ portCallId: \"pc-1\" }"),
            (EnvelopeValues.ReadInt32(request.MetadataFor("DequeueCount")),
             EnvelopeValues.ReadTimestamp(request.MetadataFor("ExpirationTime")),
             sys?.MethodName,
             EnvelopeValues.ReadString(request.DataFor("message"))));
    }
}
