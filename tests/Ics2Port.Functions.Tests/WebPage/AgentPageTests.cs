using System.Text;
using Ics2Port.Functions.Tests.Fallback.Channels;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;
using Ics2Port.Testing.Peers.Smtp;
using Microsoft.Playwright;

namespace Ics2Port.Functions.Tests.WebPage;

/// <summary>
/// The agent's side of the web page in Chromium against the local host and Azurite: register a port call, file a crew list
/// with a mistake and see the faulty cell, file it corrected and see the checklist change, download it, pick an HS code.
/// </summary>
[Collection("azurite")]
public sealed class AgentPageTests(AzuriteFixture azurite, PeerSimulatorFixture peers, MailDevFixture mail, Chromium chromium)
    : IClassFixture<PeerSimulatorFixture>, IClassFixture<MailDevFixture>, IClassFixture<Chromium>, IAsyncLifetime
{
    private const string KeysInSessionStorage = "() => Object.keys(sessionStorage).filter(name => name.toLowerCase().includes('key')).length";

    private WebPageSession _session = null!;

    public async Task InitializeAsync() => _session = await WebPageSession.StartAsync(azurite, peers, mail, chromium);

    public async Task DisposeAsync() => await _session.DisposeAsync();

    [Fact]
    public async Task Agent_RegistersFilesWithAMistakeCorrectsIt_ChecklistChangesAndKeyStaysInTheTab()
    {
        var page = await _session.Browser.NewPageAsync();
        await PageChecks.SignInAsync(page, _session.Harness.App.BaseAddress, TestApp.AgentAKey);
        await PageChecks.AssertAccessibleAsync(page, "port calls");

        await page.GetByLabel("Vessel name").FillAsync("BALTIC TRADER");
        await page.GetByLabel("IMO number").FillAsync(Samples.Imo);
        await page.GetByLabel("Call sign").FillAsync("YLAB");
        await page.GetByLabel("Flag (ISO country code)").FillAsync("LV");
        await page.GetByLabel("Voyage").FillAsync("BT2611");
        await page.GetByLabel("ETA", new() { Exact = true }).FillAsync("2026-11-30T06:00");
        await page.GetByLabel("ETD", new() { Exact = true }).FillAsync("2026-12-01T18:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register a port call" }).ClickAsync();

        var title = page.Locator("#call-title");
        await Assertions.Expect(title).ToContainTextAsync("Port call pc-");
        var fal5 = page.Locator("[data-testid=checklist-arrival] li[data-type=fal5]");
        await Assertions.Expect(fal5).ToHaveAttributeAsync("data-state", "missing");
        // ETA 06:00 in Riga is shown as Riga time with its offset, though the browser's zone is New York.
        await Assertions.Expect(page.Locator("#main")).ToContainTextAsync("06:00 GMT+2");

        await FileAsync(page, "arrival", "fal5", "crew-list.csv", Samples.Fal5Csv(nationality: "Latvia"));

        await Assertions.Expect(page.Locator("[data-testid=refused]")).ToBeVisibleAsync();
        var faulty = page.Locator("[data-testid=errors-table] tr[data-row='0'] td.faulty");
        await Assertions.Expect(faulty).ToHaveCountAsync(1);
        await Assertions.Expect(faulty).ToHaveAttributeAsync("data-column", "nationality");
        await Assertions.Expect(faulty).ToContainTextAsync("Latvia");
        await Assertions.Expect(page.Locator("[data-testid=errors-table] tr[data-row='0'] .row-problems")).ToContainTextAsync("FORMAT-COUNTRY");
        await Assertions.Expect(page.Locator("[data-testid=errors-table] tr[data-row='1']")).ToHaveCountAsync(0);
        await Assertions.Expect(fal5).ToHaveAttributeAsync("data-state", "missing");
        await PageChecks.AssertAccessibleAsync(page, "refused crew list");
        await PageChecks.ScreenshotAsync(page, "agent-refused-crew-list");

        var corrected = Samples.Fal5Csv();
        await FileAsync(page, "arrival", "fal5", "crew-list.csv", corrected);

        await Assertions.Expect(fal5).ToHaveAttributeAsync("data-state", "filed");
        await Assertions.Expect(fal5).ToContainTextAsync("version 1");
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("accepted as version 1");
        await PageChecks.AssertAccessibleAsync(page, "port call");
        await PageChecks.ScreenshotAsync(page, "agent-port-call");

        await fal5.GetByRole(AriaRole.Button, new() { Name = "Versions" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => fal5.GetByRole(AriaRole.Button, new() { Name = "Download FAL 5 Crew list version 1" }).ClickAsync());
        var saved = Path.Combine(Path.GetTempPath(), $"fal5-{Guid.NewGuid():N}.csv");
        await download.SaveAsAsync(saved);
        Assert.Equal(corrected, await File.ReadAllTextAsync(saved));
        Assert.EndsWith("-arrival-fal5-v1.csv", download.SuggestedFilename, StringComparison.Ordinal);
        File.Delete(saved);

        await PageChecks.AssertKeyKeptAsync(page, TestApp.AgentAKey, _session.Log);
    }

    [Fact]
    public async Task Agent_JsonWithAMistake_ErrorShownAtItsFieldPath()
    {
        var portCallId = await _session.Harness.AgentA.CreatePortCallAsync();
        var page = await _session.Browser.NewPageAsync();
        await PageChecks.SignInAsync(page, _session.Harness.App.BaseAddress, TestApp.AgentAKey);
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(portCallId) }).ClickAsync();

        await FileAsync(page, "arrival", "fal3", "stores.json", Samples.Fal3().Replace("\"unit\": \"t\", ", string.Empty, StringComparison.Ordinal));

        // The first article's unit is missing: shown at its path, counted from 1 as a person counts.
        var error = page.Locator("[data-testid=json-errors] li").Filter(new() { HasText = "unit" });
        await Assertions.Expect(error).ToHaveCountAsync(1);
        await Assertions.Expect(error.Locator("code.path")).ToHaveTextAsync("articles › 1 › unit");
        await Assertions.Expect(error.Locator(".rule")).ToContainTextAsync("rule ");
    }

    [Fact]
    public async Task HsPicker_TypedAndChosenByKeyboard_FillsTheCode()
    {
        var portCallId = await _session.Harness.AgentA.CreatePortCallAsync();
        var page = await _session.Browser.NewPageAsync();
        await PageChecks.SignInAsync(page, _session.Harness.App.BaseAddress, TestApp.AgentAKey);
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(portCallId) }).ClickAsync();

        var hs = page.GetByRole(AriaRole.Combobox, new() { Name = "HS code" });
        await hs.PressSequentiallyAsync("sawn pine");
        var options = page.GetByRole(AriaRole.Listbox, new() { Name = "HS code" }).GetByRole(AriaRole.Option);
        await Assertions.Expect(options.First).ToContainTextAsync("4407");
        await Assertions.Expect(hs).ToHaveAttributeAsync("aria-expanded", "true");
        await PageChecks.AssertAccessibleAsync(page, "HS picker");
        await hs.PressAsync("ArrowDown");
        var chosen = await options.First.GetAttributeAsync("data-code");
        await hs.PressAsync("Enter");

        await Assertions.Expect(hs).ToHaveValueAsync(chosen!);
        Assert.Matches("^4407[0-9]{2}$", chosen);
        await Assertions.Expect(hs).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(page.GetByLabel("Description", new() { Exact = true })).Not.ToHaveValueAsync(string.Empty);

        await page.GetByLabel("Berth", new() { Exact = true }).FillAsync("RIX-KS-12");
        await page.GetByLabel("Packages").FillAsync("40");
        await page.GetByLabel("Gross mass (kg)").FillAsync("21000");
        await page.GetByLabel("Container number").FillAsync("CSQU3054383");
        await PartyAsync(page, "Consignor", "Norrskog AB", "Hamngatan 1, Göteborg", "SE", "export@norrskog.se", "+46 31 123456");
        await PartyAsync(page, "Consignee", "Kokmaiga SIA", "Eksporta iela 3, Rīga", "LV", "info@kokmaiga.lv", "+371 67000001");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        var result = page.Locator("[data-testid=permit-result]");
        // The application goes to the port system as documents do; the page shows the state the receipt says.
        await Assertions.Expect(result.Locator("[data-testid=permit-accepted]")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("^Permit application pm-[a-z0-9]+: delivered\\.$"));
        await Assertions.Expect(result).ToContainTextAsync("PERMIT-CUSTOMS-REF");
    }

    [Fact]
    public async Task Agent_XlsxWithAMistakeDropped_FaultyCellMarkedInTheTable()
    {
        var portCallId = await _session.Harness.AgentA.CreatePortCallAsync();
        var page = await _session.Browser.NewPageAsync();
        await PageChecks.SignInAsync(page, _session.Harness.App.BaseAddress, TestApp.AgentAKey);
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(portCallId) }).ClickAsync();
        var rows = Samples.Fal5Csv(nationality: "Latvia").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => (IReadOnlyList<string>)line.Split(','));
        var workbook = Bulk.Workbook.FromRows(rows);

        var form = page.Locator("#file-section");
        await form.GetByLabel("Document", new() { Exact = true }).SelectOptionAsync("fal5");
        await page.Locator("[data-testid=drop-zone]").EvaluateAsync(
            """
            (zone, bytes) => {
              const transfer = new DataTransfer();
              transfer.items.add(new File([new Uint8Array(bytes)], 'crew-list.xlsx'));
              zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
            }
            """,
            workbook.Select(b => (int)b).ToArray());
        await Assertions.Expect(page.Locator("[data-testid=drop-zone]")).ToHaveTextAsync("crew-list.xlsx");
        await form.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();

        var faulty = page.Locator("[data-testid=errors-table] tr[data-row='0'] td.faulty");
        await Assertions.Expect(faulty).ToHaveAttributeAsync("data-column", "nationality");
        await Assertions.Expect(faulty).ToContainTextAsync("Latvia");
        await Assertions.Expect(page.Locator("[data-testid=errors-table] caption")).ToContainTextAsync("crew-list.xlsx");
    }

    [Fact]
    public async Task AnotherAgent_SeesNoneOfTheFirstAgentsPortCalls()
    {
        var portCallId = await _session.Harness.AgentA.CreatePortCallAsync();
        await _session.Harness.AgentB.CreatePortCallAsync(Samples.PortCall(voyage: "B-OWN"));
        var page = await _session.Browser.NewPageAsync();

        await PageChecks.SignInAsync(page, _session.Harness.App.BaseAddress, TestApp.AgentBKey);

        var calls = page.Locator("[data-testid=port-calls]");
        await Assertions.Expect(calls).ToContainTextAsync("B-OWN");
        await Assertions.Expect(calls).Not.ToContainTextAsync(portCallId);
        await Assertions.Expect(page.Locator("#who")).ToHaveTextAsync($"Agent {TestApp.AgentB}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.Locator("#api-key")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#agent")).ToBeHiddenAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>(KeysInSessionStorage));
    }

    [Fact]
    public async Task SignIn_UnknownKey_RefusedAndNotKept()
    {
        var page = await _session.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(_session.Harness.App.BaseAddress, PageChecks.PagePath).AbsoluteUri);

        await page.Locator("#api-key").FillAsync("not-a-key");
        await page.Locator("#sign-in-form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("#sign-in-error")).ToHaveTextAsync("The API key is not recognised.");
        await Assertions.Expect(page.Locator("#agent")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#authority")).ToBeHiddenAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>(KeysInSessionStorage));
        await PageChecks.AssertAccessibleAsync(page, "sign-in refused");
    }

    [Fact]
    public async Task Phone_LatvianByBrowserLanguage_KeyboardOnlySignInAndNothingWiderThanTheScreen()
    {
        await _session.Harness.AgentA.CreatePortCallAsync();
        await using var phone = await chromium.NewContextAsync(locale: "lv-LV", width: 390, height: 844);
        var page = await phone.NewPageAsync();
        await page.GotoAsync(new Uri(_session.Harness.App.BaseAddress, PageChecks.PagePath).AbsoluteUri);
        await Assertions.Expect(page.Locator("#sign-in-title")).ToHaveTextAsync("Pieteikšanās ar API atslēgu");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "lv");

        // Keyboard only: Tab to the key field, type, Enter.
        for (var tabs = 0; tabs < 10 && await page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''") != "api-key"; tabs++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("api-key", await page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''"));
        await page.Keyboard.TypeAsync(TestApp.AgentAKey);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=port-calls]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#calls-title")).ToHaveTextAsync("Jūsu kuģu ienākšanas");

        await page.Locator("[data-testid=port-calls] a").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#call-title")).ToBeFocusedAsync();
        await PageChecks.AssertAccessibleAsync(page, "phone port call");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page is wider than a phone's screen.");
        await PageChecks.ScreenshotAsync(page, "agent-phone-lv");

        await page.Locator("#language").SelectOptionAsync("en");
        await Assertions.Expect(page.Locator("#call-title")).ToContainTextAsync("Port call");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    private static async Task PartyAsync(IPage page, string role, params string[] values)
    {
        var party = page.GetByRole(AriaRole.Group, new() { Name = role });
        string[] labels = ["Name", "Address", "Country (ISO code)", "E-mail", "Phone"];
        foreach (var (label, value) in labels.Zip(values))
        {
            await party.GetByLabel(label, new() { Exact = true }).FillAsync(value);
        }
    }

    private static async Task FileAsync(IPage page, string direction, string type, string fileName, string content)
    {
        var form = page.Locator("#file-section");
        await form.GetByLabel("Direction").SelectOptionAsync(direction);
        await form.GetByLabel("Document", new() { Exact = true }).SelectOptionAsync(type);
        await form.GetByLabel("JSON, CSV or XLSX file").SetInputFilesAsync(new FilePayload
        {
            Name = fileName,
            MimeType = fileName.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/json",
            Buffer = Encoding.UTF8.GetBytes(content),
        });
        await form.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
    }
}
