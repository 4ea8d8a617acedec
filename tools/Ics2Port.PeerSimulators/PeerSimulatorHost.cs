namespace Ics2Port.PeerSimulators;

using System.Globalization;

/// <summary>Both simulators in the calling process on a loopback port, for tests.</summary>
public sealed class PeerSimulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PeerSimulatorHost(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The root, e.g. <c>http://127.0.0.1:41234/</c>; the control API is under <c>_control/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>What <c>PortSystem:BaseUrl</c> should be.</summary>
    public Uri PortSystemBaseUrl => new(BaseUrl, PeerNames.PortSystem);

    /// <summary>What <c>Eds:BaseUrl</c> should be.</summary>
    public Uri EdsBaseUrl => new(BaseUrl, PeerNames.Eds);

    /// <summary>Starts listening on 127.0.0.1:<paramref name="port"/>; 0 picks a free port.</summary>
    public static async Task<PeerSimulatorHost> StartAsync(int port = 0, CancellationToken cancellationToken = default)
    {
        var app = PeerSimulatorApp.Create(
            ["--urls", string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}")],
            builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Urls.Single();
        return new PeerSimulatorHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
