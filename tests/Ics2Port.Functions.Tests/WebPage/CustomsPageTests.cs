using System.Collections.Concurrent;
using Ics2Port.Functions.Tests.Fallback.Channels;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;
using Ics2Port.Testing.Peers.Smtp;
using Microsoft.Playwright;

namespace Ics2Port.Functions.Tests.WebPage;

/// <summary>
/// The customs control point's and the ship supplier's sides of the web page in Chromium: customs see the permit an agent
/// applied for, grant it, it leaves the worklist and the agent sees it granted; a refusal without a reason is shown at its
/// field; a supplier sees its own supplies to a port call.
/// </summary>
[Collection("azurite")]
public sealed class CustomsPageTests(AzuriteFixture azurite, PeerSimulatorFixture peers, MailDevFixture mail, Chromium chromium)
    : IClassFixture<PeerSimulatorFixture>, IClassFixture<MailDevFixture>, IClassFixture<Chromium>, IAsyncLifetime
{
    private const string PermitNumber = "0210-2611-0001";

    private WebPageSession _session = null!;

    public async Task InitializeAsync() => _session = await WebPageSession.StartAsync(azurite, peers, mail, chromium);

    public async Task DisposeAsync() => await _session.DisposeAsync();

    [Fact]
    public async Task Customs_GrantsAnAgentsPermit_ItLeavesTheWorklistAndTheAgentSeesItGranted()
    {
        var (portCallId, permitId) = await ApplyAsync();
        var page = await _session.Browser.NewPageAsync();
        var requested = new ConcurrentQueue<string>();
        page.Request += (_, request) => requested.Enqueue(new Uri(request.Url).AbsolutePath);

        await PageChecks.SignInAsync(page, _session.Harness.App.BaseAddress, TestApp.CustomsRigaKey);

        await Assertions.Expect(page.Locator("#who")).ToHaveTextAsync("Customs 0210 · LVRIX");
        await Assertions.Expect(page.Locator("#agent")).ToBeHiddenAsync();
        var row = page.Locator($"[data-testid=worklist] tr[data-permit='{permitId}']");
        await Assertions.Expect(row).ToContainTextAsync(portCallId);
        await Assertions.Expect(row).ToContainTextAsync("Unloading");
        await Assertions.Expect(row).ToContainTextAsync("440711, 4407");
        await Assertions.Expect(row).ToContainTextAsync("RIX-KS-12");
        // Operation, HS codes and berth come with the worklist: no application is read to show the table.
        Assert.Contains("/api/customs/permits", requested);
        Assert.DoesNotContain(requested, path => path.StartsWith("/api/permits/", StringComparison.Ordinal));
        await PageChecks.AssertAccessibleAsync(page, "customs worklist");

        await row.GetByRole(AriaRole.Button, new() { Name = $"Decide on {permitId}" }).ClickAsync();
        await Assertions.Expect(page.Locator("#decision-title")).ToBeFocusedAsync();
        // Deciding opens the application for what the worklist does not say: its goods and customs reference.
        var facts = page.Locator("[data-testid=decision] .facts");
        await Assertions.Expect(facts).ToContainTextAsync("26LV000210TS001234");
        await Assertions.Expect(facts).ToContainTextAsync("Sawn timber");
        await Assertions.Expect(facts).ToContainTextAsync("RIX-KS-12");
        await page.GetByLabel("Permit number").FillAsync(PermitNumber);
        await PageChecks.AssertAccessibleAsync(page, "customs decision");
        await PageChecks.ScreenshotAsync(page, "customs-worklist");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();

        await Assertions.Expect(page.Locator("#notice")).ToHaveTextAsync($"Permit application {permitId} granted with permit number {PermitNumber}; it left the worklist.");
        await Assertions.Expect(page.Locator($"tr[data-permit='{permitId}']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=worklist-empty]")).ToBeVisibleAsync();
        await PageChecks.AssertKeyKeptAsync(page, TestApp.CustomsRigaKey, _session.Log);

        await using var agentContext = await chromium.NewContextAsync();
        var agentPage = await agentContext.NewPageAsync();
        await PageChecks.SignInAsync(agentPage, _session.Harness.App.BaseAddress, TestApp.AgentAKey);
        await agentPage.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(portCallId) }).ClickAsync();
        var permit = agentPage.Locator($"[data-testid=permits] tr[data-permit='{permitId}']");
        await Assertions.Expect(permit).ToHaveAttributeAsync("data-outcome", "granted");
        await Assertions.Expect(permit).ToContainTextAsync($"granted, permit number {PermitNumber}");
    }

    [Fact]
    public async Task Customs_RefusesWithoutAReason_ErrorAtTheReasonWithItsRuleAndNothingDecided()
    {
        var (_, permitId) = await ApplyAsync();
        var page = await _session.Browser.NewPageAsync();
        await PageChecks.SignInAsync(page, _session.Harness.App.BaseAddress, TestApp.CustomsRigaKey);

        await page.GetByRole(AriaRole.Button, new() { Name = $"Decide on {permitId}" }).ClickAsync();
        await page.GetByLabel("Refuse the application").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();

        var reasonErrors = page.Locator("[data-field=reason] li");
        await Assertions.Expect(reasonErrors).ToHaveCountAsync(1);
        await Assertions.Expect(reasonErrors).ToHaveAttributeAsync("data-rule", "REQUIRED");
        await Assertions.Expect(reasonErrors).ToContainTextAsync("rule REQUIRED");
        await Assertions.Expect(page.GetByLabel("Reason for the refusal")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("[data-testid=decision-refused]")).ToHaveTextAsync("The decision was not recorded. Nothing was stored; correct the marked fields.");
        await PageChecks.AssertAccessibleAsync(page, "customs refusal without a reason");

        await page.GetByLabel("Reason for the refusal").FillAsync("Goods under a sanctions check");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await Assertions.Expect(page.Locator("#notice")).ToHaveTextAsync($"Permit application {permitId} refused: Goods under a sanctions check. It left the worklist.");
        var decided = await (await _session.Harness.AgentA.GetAsync($"/api/permits/{permitId}")).ReadJsonAsync();
        Assert.Equal("refused", decided.GetProperty("decision").GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Customs_PermitDecidedMeanwhile_TheDecisionThatStandsIsSaidAndTheRowLeaves()
    {
        var (_, permitId) = await ApplyAsync();
        var page = await _session.Browser.NewPageAsync();
        await PageChecks.SignInAsync(page, _session.Harness.App.BaseAddress, TestApp.CustomsRigaKey);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Decide on {permitId}" }).ClickAsync();
        await page.GetByLabel("Permit number").FillAsync(PermitNumber);

        using var colleague = await _session.Harness.App.Client(TestApp.CustomsRigaKey)
            .PostAsync($"/api/permits/{permitId}/decision", Api.Json("""{ "outcome": "granted", "permitNumber": "0210-2611-0099" }"""));
        colleague.EnsureSuccessStatusCode();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();

        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync($"Already decided: Permit {permitId} was granted");
        await Assertions.Expect(page.Locator($"tr[data-permit='{permitId}']")).ToHaveCountAsync(0);
        var decided = await (await _session.Harness.AgentA.GetAsync($"/api/permits/{permitId}")).ReadJsonAsync();
        Assert.Equal("0210-2611-0099", decided.GetProperty("decision").GetProperty("permitNumber").GetString());
    }

    [Fact]
    public async Task Customs_PhoneInLatvian_WorklistFitsTheScreenAndIsAccessible()
    {
        var (_, permitId) = await ApplyAsync();
        await using var phone = await chromium.NewContextAsync(locale: "lv-LV", width: 390, height: 844);
        var page = await phone.NewPageAsync();

        await PageChecks.SignInAsync(page, _session.Harness.App.BaseAddress, TestApp.CustomsRigaKey);

        await Assertions.Expect(page.Locator("#worklist-title")).ToHaveTextAsync("Atļauju pieteikumi, kas gaida jūsu lēmumu — LVRIX");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Lemt par {permitId}" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#decision-title")).ToBeFocusedAsync();
        await PageChecks.AssertAccessibleAsync(page, "customs phone");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page is wider than a phone's screen.");
    }

    [Fact]
    public async Task Supplier_SeesItsOwnSuppliesToAPortCall()
    {
        var portCallId = await _session.Harness.CreatePortCallAsync();
        using var filed = await _session.Harness.Supplier.PostAsync($"/api/port-calls/{portCallId}/supplies", Api.Json(Samples.Supply()));
        filed.EnsureSuccessStatusCode();
        var supplyId = (await filed.ReadJsonAsync()).GetProperty("supplyId").GetString();
        var page = await _session.Browser.NewPageAsync();

        await PageChecks.SignInAsync(page, _session.Harness.App.BaseAddress, TestApp.SupplierAKey);

        await Assertions.Expect(page.Locator("#who")).ToHaveTextAsync($"Ship supplier {TestApp.SupplierA}");
        await Assertions.Expect(page.Locator("#agent")).ToBeHiddenAsync();
        await page.GetByLabel("Port call id").FillAsync(portCallId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my supplies" }).ClickAsync();
        await Assertions.Expect(page.Locator($"[data-testid=supplies] tr[data-supply='{supplyId}']")).ToBeVisibleAsync();
        await PageChecks.AssertAccessibleAsync(page, "supplier");

        await page.GetByLabel("Port call id").FillAsync("pc-aaaaaaaaaa");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my supplies" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=supplies-result]")).ToHaveTextAsync("There is no port call pc-aaaaaaaaaa for this key.");
    }

    private async Task<(string PortCallId, string PermitId)> ApplyAsync()
    {
        // Riga (LVRIX), and a code of the HS 2022 nomenclature the app ships with.
        var portCallId = await _session.Harness.AgentA.CreatePortCallAsync();
        using var response = await _session.Harness.AgentA.PostAsync($"/api/port-calls/{portCallId}/permits", Api.Json(Samples.Permit(hsCode: "440711")));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (portCallId, (await response.ReadJsonAsync()).GetProperty("permitId").GetString()!);
    }
}
