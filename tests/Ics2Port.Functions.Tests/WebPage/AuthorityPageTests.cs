using Ics2Port.Functions.Tests.Fallback;
using Ics2Port.Functions.Tests.Fallback.Channels;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.PeerSimulators;
using Ics2Port.Testing;
using Ics2Port.Testing.Peers.Smtp;
using Microsoft.Playwright;

namespace Ics2Port.Functions.Tests.WebPage;

/// <summary>
/// The authority's side of the web page in Chromium: record an outage, watch a filed document move from pending to e-mail
/// (EDS down) and, after the restoration recorded on the page, to re-entered; the e-mail's Message-ID is shown.
/// </summary>
[Collection("azurite")]
public sealed class AuthorityPageTests(AzuriteFixture azurite, PeerSimulatorFixture peers, MailDevFixture mail, Chromium chromium)
    : IClassFixture<PeerSimulatorFixture>, IClassFixture<MailDevFixture>, IClassFixture<Chromium>, IAsyncLifetime
{
    private WebPageSession _session = null!;

    public async Task InitializeAsync() => _session = await WebPageSession.StartAsync(azurite, peers, mail, chromium);

    public async Task DisposeAsync()
    {
        await _session.DisposeAsync();
        await peers.ResetAsync(PeerNames.PortSystem);
        await peers.ResetAsync(PeerNames.Eds);
    }

    [Fact]
    public async Task Authority_RecordsOutage_SeesTheDocumentMoveThroughTheFallbackStates()
    {
        var portCallId = await _session.Harness.CreatePortCallAsync();
        var page = await _session.Browser.NewPageAsync();
        await PageChecks.SignInAsync(page, _session.Harness.App.BaseAddress, TestApp.AuthorityKey);
        var status = page.Locator("[data-testid=port-system]");
        await Assertions.Expect(status).ToHaveAttributeAsync("data-state", "available");
        await Assertions.Expect(page.Locator("#who")).ToHaveTextAsync("Port authority");
        await PageChecks.AssertAccessibleAsync(page, "authority, port system available");

        await page.GetByLabel("Message of the announcement").FillAsync("SKLOIS maintenance");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record an outage" }).ClickAsync();
        await Assertions.Expect(status).ToHaveAttributeAsync("data-state", "unavailable");
        await Assertions.Expect(page.Locator("#notice")).ToHaveTextAsync("Outage recorded.");

        await peers.SetAvailableAsync(PeerNames.PortSystem, false);
        await peers.SetAvailableAsync(PeerNames.Eds, false);
        var receipt = await FallbackHarness.FileAsync(_session.Harness.AgentA, portCallId, "fal5", Api.Csv(Samples.Fal5Csv()));
        Assert.Equal("pending", receipt.State());
        var caseId = $"{portCallId}-arrival-fal5-v1";
        var fallbackCase = page.Locator($"[data-case='{caseId}']");

        await RefreshAsync(page);
        await Assertions.Expect(CaseIn(page, "pending", caseId)).ToBeVisibleAsync();

        await _session.Harness.RunTimerAsync();
        await RefreshAsync(page);
        await Assertions.Expect(CaseIn(page, "fallback-email", caseId)).ToBeVisibleAsync();
        await Assertions.Expect(fallbackCase.Locator("tr[data-channel=eds]")).ToContainTextAsync("unavailable");
        await Assertions.Expect(fallbackCase.Locator("tr[data-channel=email]")).ToContainTextAsync($"<{caseId}.2@");
        await Assertions.Expect(fallbackCase).ToContainTextAsync("Re-enter into the port system after restoration.");
        await PageChecks.AssertAccessibleAsync(page, "authority, fallback cases");
        await PageChecks.ScreenshotAsync(page, "authority-fallback-cases");

        await peers.SetAvailableAsync(PeerNames.PortSystem, true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the restoration" }).ClickAsync();
        await Assertions.Expect(status).ToHaveAttributeAsync("data-state", "available");
        await _session.Harness.RunTimerAsync();
        await _session.Harness.RunTimerAsync();
        await RefreshAsync(page);
        await Assertions.Expect(CaseIn(page, "re-entered", caseId)).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-state=fallback-email]")).ToHaveCountAsync(0);

        await PageChecks.AssertKeyKeptAsync(page, TestApp.AuthorityKey, _session.Log);
    }

    private static ILocator CaseIn(IPage page, string state, string caseId) =>
        page.Locator($".state-group[data-state='{state}'] [data-case='{caseId}']");

    private static async Task RefreshAsync(IPage page)
    {
        await page.Locator("[data-testid=refresh]").ClickAsync();
        await Assertions.Expect(page.Locator("section[aria-busy]")).ToHaveCountAsync(0);
    }
}
