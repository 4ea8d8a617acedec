namespace Ics2Port.Functions.Tests.Fallback;

using System.Net;
using System.Text.Json;
using Ics2Port.Functions.Tests.Fallback.Channels;
using Ics2Port.Testing;
using Ics2Port.Testing.Peers.Smtp;

/// <summary>
/// Free texts of the fallback procedure (an outage's message, who received a hand-over, an e-mail's headers) are kept,
/// shown and logged: each is one line of bounded length (FORMAT-TEXT), and a refused one changes nothing.
/// </summary>
[Collection("azurite")]
public sealed class FallbackFreeTextTests(AzuriteFixture azurite, PeerSimulatorFixture peers, MailDevFixture mail)
    : IClassFixture<PeerSimulatorFixture>, IClassFixture<MailDevFixture>, IAsyncLifetime
{
    private FallbackHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server);

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Theory]
    [InlineData("Helpdesk ticket 4711.\nSKLOIS down.")]
    [InlineData("Helpdesk ticket 4711\u2028SKLOIS down")]
    public async Task AnnounceOutage_MessageWithALineBreak_422FormatTextAndNoOutage(string message)
    {
        using var response = await _harness.Authority.PostAsync("/api/system/outages", Api.Json(JsonSerializer.Serialize(
            new { announcedAt = "2026-11-23T08:00:00+02:00", source = "helpdesk", message })));

        var (pointer, rule) = await FirstErrorAsync(response);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "/message", "FORMAT-TEXT"), (response.StatusCode, pointer, rule));
        Assert.Equal("available", (await _harness.Authority.GetFromJsonElementAsync("/api/system/status")).GetProperty("portSystem").GetString());
    }

    [Fact]
    public async Task AnnounceOutage_OneLineMessageAtTheLimit_Announced()
    {
        using var response = await _harness.Authority.PostAsync("/api/system/outages", Api.Json(JsonSerializer.Serialize(
            new { announcedAt = "2026-11-23T08:00:00+02:00", source = "helpdesk", message = new string('x', 2000) })));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task HandOver_ReceivedByWithAControlCharacter_422FormatText()
    {
        using var response = await _harness.Authority.PostAsync(
            "/api/fallback/cases/pc-none-arrival-fal5-v1/hand-over", Api.Json("""{ "receivedBy": "Inspector Ozola\r\nBcc: x@y" }"""));

        var (pointer, rule) = await FirstErrorAsync(response);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "/receivedBy", "FORMAT-TEXT"), (response.StatusCode, pointer, rule));
    }

    [Fact]
    public async Task PostInbox_SubjectWithALineBreak_422FormatTextAndNothingKept()
    {
        using var response = await _harness.Authority.PostAsync(
            "/api/fallback/inbox",
            Api.Json("""{ "messageId": "<m1@example.lv>", "from": "agent@example.lv", "subject": "pc-x\r\nX-Injected: 1", "receivedAt": "2026-11-23T08:00:00+02:00", "attachments": [] }"""));

        var (pointer, rule) = await FirstErrorAsync(response);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "/subject", "FORMAT-TEXT"), (response.StatusCode, pointer, rule));
        Assert.Empty((await _harness.Authority.GetFromJsonElementAsync("/api/fallback/inbox")).GetProperty("items").EnumerateArray());
    }

    private static async Task<(string? Pointer, string? Rule)> FirstErrorAsync(HttpResponseMessage response)
    {
        var error = (await response.ReadJsonAsync()).GetProperty("errors")[0];
        return (error.GetProperty("pointer").GetString(), error.GetProperty("rule").GetString());
    }
}
