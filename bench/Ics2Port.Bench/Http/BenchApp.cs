namespace Ics2Port.Bench.Http;

using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Azure.Storage.Blobs;
using Ics2Port.Bench.Reporting;
using Ics2Port.LocalHost;
using Ics2Port.Storage.Layout;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// The function app in this process on a free loopback port, as the tests start it, with one agent's key.
/// Logging providers are removed: the figures leave out console output, which the Functions host captures.
/// </summary>
internal sealed class BenchApp : IAsyncDisposable
{
    public const string AgentKey = "bench-agent-key";

    private readonly WebApplication _app;

    private BenchApp(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The storage client the app itself uses, for the raw baseline.</summary>
    public BlobServiceClient Blobs => _app.Services.GetRequiredService<BlobServiceClient>();

    public StorageLayout Layout => _app.Services.GetRequiredService<StorageLayout>();

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the app; <paramref name="more"/> adds or overrides settings (the local host's triggers, say).</summary>
    public static async Task<BenchApp> StartAsync(string connectionString, CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Ics2Port:Storage:ConnectionString"] = connectionString,
            ["Ics2Port:Storage:NamePrefix"] = "bench",
            ["Ics2Port:Storage:CreateLayoutOnStart"] = "true",
            // Only the HTTP path is measured unless a benchmark turns the triggers on.
            ["LocalHost:Triggers:Enabled"] = "false",
            ["Ics2Port:ApiKeys:0:sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(AgentKey))),
            ["Ics2Port:ApiKeys:0:principal"] = "agent:AG-BENCH",
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var app = LocalFunctionHost.Create(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.ClearProviders();
        });
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new BenchApp(app, new Uri(address));
    }

    // The tool may be built outside the checkout (--artifacts-path); Azurite is the checkout's, as in the tests.
    public static void UseRepositoryAzurite()
    {
        const string Variable = "ICS2PORT_AZURITE_JS";
        var script = Path.Combine(RepositoryRoot.Find(), "tools", "node_modules", "azurite", "dist", "src", "azurite.js");
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)) && File.Exists(script))
        {
            Environment.SetEnvironmentVariable(Variable, script);
        }
    }

    /// <summary>A client for <paramref name="workers"/> concurrent requests, one connection each, sending the agent's key.</summary>
    public HttpClient CreateClient(int workers)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = workers, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        var client = new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Api-Key", AgentKey);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
