using Deque.AxeCore.Playwright;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Functions.Tests.Packaging;
using Microsoft.Playwright;

namespace Ics2Port.Functions.Tests.WebPage;

/// <summary>What every browser test does with the page: sign in, check accessibility, keep a screenshot, look for the key.</summary>
internal static class PageChecks
{
    public const string PagePath = "/api/app/";

    /// <summary>Opens the page and signs in with <paramref name="apiKey"/> as a person would: the field, then the button.</summary>
    public static async Task SignInAsync(IPage page, Uri app, string apiKey)
    {
        await page.GotoAsync(new Uri(app, PagePath).AbsoluteUri);
        await page.Locator("#api-key").FillAsync(apiKey);
        await page.Locator("#sign-in-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#sign-out")).ToBeVisibleAsync();
    }

    /// <summary>No serious or critical axe-core violation on the page as it is now.</summary>
    public static async Task AssertAccessibleAsync(IPage page, string screen)
    {
        var result = await page.RunAxe();
        var violations = result.Violations
            .Where(violation => violation.Impact is "serious" or "critical")
            .Select(violation => $"{screen}: {violation.Id} ({violation.Impact}) {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target?.ToString()))}");
        Assert.Empty(violations);
    }

    /// <summary>
    /// A screenshot of the page: into docs/screenshots when ICS2PORT_WRITE_SCREENSHOTS=1 (the README shows them), else beside
    /// the test run.
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("ICS2PORT_WRITE_SCREENSHOTS") == "1"
            ? Path.Combine(RepositoryRoot.Find(), "docs", "screenshots")
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary>The key is in none of the URL, the page's HTML, localStorage or the app's log; it is in sessionStorage only.</summary>
    public static async Task AssertKeyKeptAsync(IPage page, string apiKey, CapturingLoggerProvider log)
    {
        Assert.DoesNotContain(apiKey, page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain(apiKey, await page.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(apiKey, await page.EvaluateAsync<string>("() => JSON.stringify(Object.entries(localStorage))"), StringComparison.Ordinal);
        Assert.Contains(apiKey, await page.EvaluateAsync<string>("() => JSON.stringify(Object.entries(sessionStorage))"), StringComparison.Ordinal);
        Assert.NotEmpty(log.Entries);
        Assert.DoesNotContain(log.Entries, entry =>
            entry.Message.Contains(apiKey, StringComparison.Ordinal) || entry.ScopeValues.Values.Any(value => value?.Contains(apiKey, StringComparison.Ordinal) ?? false));
    }
}
