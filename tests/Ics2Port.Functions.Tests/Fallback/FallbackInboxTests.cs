namespace Ics2Port.Functions.Tests.Fallback;

using System.Net;
using System.Text;
using Ics2Port.Functions.Tests.Fallback.Channels;
using Azure.Storage.Blobs;
using Ics2Port.Testing;
using Ics2Port.Testing.Peers.Smtp;
using Microsoft.Extensions.DependencyInjection;

/// <summary>E-mails customs received during an outage, posted or dropped as files, brought in for re-entry.</summary>
[Collection("azurite")]
public sealed class FallbackInboxTests(AzuriteFixture azurite, PeerSimulatorFixture peers, MailDevFixture mail)
    : IClassFixture<PeerSimulatorFixture>, IClassFixture<MailDevFixture>, IAsyncLifetime
{
    private FallbackHarness _harness = null!;
    private string _portCallId = null!;
    private string _outageId = null!;

    public async Task InitializeAsync()
    {
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server);
        _portCallId = await _harness.CreatePortCallAsync(voyage: "VNT4711");
        _outageId = await _harness.AnnounceOutageAsync();
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private static string Email(string messageId, string subject, params (string FileName, string ContentType, string Content)[] attachments) => $$"""
        { "messageId": "{{messageId}}", "from": "ops@baltship.lv", "to": [ "mkp.0311@vid.gov.lv" ], "subject": "{{subject}}",
          "receivedAt": "2026-11-23T09:15:00+02:00",
          "attachments": [ {{string.Join(", ", attachments.Select(file =>
              $$"""{ "fileName": "{{file.FileName}}", "contentType": "{{file.ContentType}}", "contentBase64": "{{Convert.ToBase64String(Encoding.UTF8.GetBytes(file.Content))}}" }"""))}} ] }
        """;

    [Fact]
    public async Task PostInbox_SameMessageIdTwice_OneIntakeAndOneVersion()
    {
        var email = Email("<crew-list-1@baltship.lv>", $"Port call {_portCallId}: crew list", ("arrival-fal5.csv", "text/csv", Samples.Fal5Csv()));

        using var first = await _harness.Authority.PostAsync("/api/fallback/inbox", Api.Json(email));
        using var second = await _harness.Authority.PostAsync("/api/fallback/inbox", Api.Json(email));

        var (one, two) = (await first.ReadJsonAsync(), await second.ReadJsonAsync());
        var intakes = await _harness.Authority.GetFromJsonElementAsync("/api/fallback/inbox");
        var versions = await _harness.AgentA.GetFromJsonElementAsync($"/api/port-calls/{_portCallId}/arrival/fal5/versions");
        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (first.StatusCode, second.StatusCode));
        Assert.Equal(one.GetProperty("intakeId").GetString(), two.GetProperty("intakeId").GetString());
        Assert.Equal((false, true), (one.TryGetProperty("duplicate", out var flag) && flag.GetBoolean(), two.GetProperty("duplicate").GetBoolean()));
        Assert.Equal(("port-call-id", _portCallId), (one.GetProperty("link").GetString(), one.GetProperty("portCallId").GetString()));
        Assert.Equal(("re-entry", "fallback-email", 1), (one.GetProperty("attachments")[0].GetProperty("outcome").GetString(), one.GetProperty("attachments")[0].State(), one.GetProperty("attachments")[0].GetProperty("version").GetInt32()));
        Assert.Single(intakes.GetProperty("items").EnumerateArray());
        Assert.Single(versions.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task FallbackInboxFileUploaded_FB_REENTRY_DroppedFileByImoAndVoyage_NotSentAgainAndReenteredAfterRestoration()
    {
        var email = Email("<stores-1@baltship.lv>", $"BALTIC TRADER IMO {Samples.Imo} voyage VNT4711 stores", ("arrival-fal3.json", "application/json", Samples.Fal3()), ("arrival-fal3.json.p7s", "application/pkcs7-signature", "not really a signature"));
        var inbox = new BlobContainerClient(azurite.ConnectionString, "fallback-inbox");
        await inbox.CreateIfNotExistsAsync();
        var name = $"{Guid.NewGuid():N}.json";
        await inbox.UploadBlobAsync(name, BinaryData.FromString(email));

        var invoked = await _harness.App.RunFunctionAsync("FallbackInboxFileUploaded", $"fallback-inbox/{name}");
        await _harness.RunTimerAsync();
        await _harness.RestoreAsync(_outageId);
        await _harness.RunTimerAsync();

        var intake = Assert.Single((await _harness.Authority.GetFromJsonElementAsync("/api/fallback/inbox")).GetProperty("items").EnumerateArray());
        var fallbackCase = Assert.Single(await _harness.CasesAsync(_harness.AgentA)).Value;
        Assert.True(invoked.Succeeded, invoked.Error);
        Assert.Equal(("imo-voyage", _portCallId), (intake.GetProperty("link").GetString(), intake.GetProperty("portCallId").GetString()));
        Assert.Equal(["re-entry", "signature"], intake.GetProperty("attachments").EnumerateArray().Select(attachment => attachment.GetProperty("outcome").GetString()));
        Assert.Equal(("re-entered", "email received, re-entry delivered"), (fallbackCase.State(), fallbackCase.Attempts()));
        Assert.Equal("<stores-1@baltship.lv>", fallbackCase.GetProperty("attempts")[0].GetProperty("reference").GetString());
        Assert.Empty(await mail.Server.GetMessagesAsync());
        Assert.Empty((await peers.ReceivedAsync(Ics2Port.PeerSimulators.PeerNames.Eds)).EnumerateArray());
        Assert.Equal(1, Assert.Single(await _harness.PortSystemRequestsAsync()).Value);
    }

    [Fact]
    public async Task PostInbox_UnknownPortCall_202UnlinkedAndListedForTheAuthority()
    {
        var email = Email("<lost-1@example.lv>", "Documents for IMO 9999999 voyage X1", ("arrival-fal4.json", "application/json", Samples.Fal4));

        using var response = await _harness.Authority.PostAsync("/api/fallback/inbox", Api.Json(email));

        var unlinked = await _harness.Authority.GetFromJsonElementAsync("/api/fallback/inbox?link=unlinked");
        var intake = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("unlinked", intake.GetProperty("link").GetString());
        Assert.Equal("kept", intake.GetProperty("attachments")[0].GetProperty("outcome").GetString());
        Assert.Equal([intake.GetProperty("intakeId").GetString()], unlinked.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("intakeId").GetString()));
        Assert.Empty(await _harness.CasesAsync());
    }

    [Fact]
    public async Task PostInbox_BadBase64AndNoMessageId_422WithPointers()
    {
        using var response = await _harness.Authority.PostAsync(
            "/api/fallback/inbox",
            Api.Json("""{ "from": "a@b", "subject": "s", "receivedAt": "2026-11-23T08:00:00+02:00", "attachments": [ { "fileName": "a.csv", "contentType": "text/csv", "contentBase64": "***" } ] }"""));

        var problem = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(
            ["/messageId", "/attachments/0/contentBase64"],
            problem.GetProperty("errors").EnumerateArray().Select(error => error.GetProperty("pointer").GetString()));
    }
}
