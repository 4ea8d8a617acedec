using Ics2Port.Functions.Tests.Fallback;
using Ics2Port.Functions.Tests.Fallback.Channels;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;
using Ics2Port.Testing.Peers.Smtp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Ics2Port.Functions.Tests.WebPage;

/// <summary>
/// What a browser test needs: the app with real peers, the HS nomenclature it ships with and its log kept, and a
/// browser context of its own.
/// </summary>
internal sealed class WebPageSession : IAsyncDisposable
{
    private WebPageSession(CapturingLoggerProvider log, FallbackHarness harness, IBrowserContext browser)
    {
        Log = log;
        Harness = harness;
        Browser = browser;
    }

    public CapturingLoggerProvider Log { get; }

    public FallbackHarness Harness { get; }

    public IBrowserContext Browser { get; }

    public static async Task<WebPageSession> StartAsync(AzuriteFixture azurite, PeerSimulatorFixture peers, MailDevFixture mail, Chromium chromium)
    {
        var log = new CapturingLoggerProvider();
        var harness = await FallbackHarness.StartAsync(
            azurite,
            peers,
            mail.Server,
            settings: new Dictionary<string, string?>
            {
                // Unset: the default, the HS 2022 file beside the app.
                ["Ics2Port:HsNomenclaturePath"] = null,
                ["Logging:LogLevel:Default"] = "Information",
            },
            services: services => services.AddSingleton<ILoggerProvider>(log));
        return new WebPageSession(log, harness, await chromium.NewContextAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        await Harness.DisposeAsync();
        Log.Dispose();
    }
}
