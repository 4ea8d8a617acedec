using Ics2Port.Functions.Tests.Fallback;
using Ics2Port.Functions.Tests.Fallback.Channels;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;
using Ics2Port.Testing.Peers.Smtp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ics2Port.Functions.Tests.WebPage;

/// <summary>The app as the browser tests use it: real peers, the HS nomenclature the app ships with, and its log kept.</summary>
internal static class WebPageApp
{
    public static Task<FallbackHarness> StartAsync(AzuriteFixture azurite, PeerSimulatorFixture peers, MailDevFixture mail, CapturingLoggerProvider log) =>
        FallbackHarness.StartAsync(
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
}
