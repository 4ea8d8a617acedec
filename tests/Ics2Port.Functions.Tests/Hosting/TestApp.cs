using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Ics2Port.Functions.Tests.OpenApi;
using Ics2Port.LocalHost;
using Ics2Port.LocalHost.Functions;
using Ics2Port.LocalHost.Triggers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ics2Port.Functions.Tests.Hosting;

/// <summary>
/// The app's function classes under the local host on a free loopback port, with its own tables and containers and the
/// API keys of two agents, two ship suppliers, the authority and customs of Riga and Ventspils. Triggers do not fire on
/// their own unless a test turns them on; <see cref="RunFunctionAsync"/> runs one now.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    public const string AgentAKey = "test-key-agent-a";
    public const string AgentBKey = "test-key-agent-b";
    public const string AuthorityKey = "test-key-authority";
    public const string CustomsRigaKey = "test-key-customs-0210";
    public const string CustomsVentspilsKey = "test-key-customs-0311";
    public const string AgentA = "AG-TEST-A";
    public const string AgentB = "AG-TEST-B";
    public const string SupplierAKey = "test-key-supplier-a";
    public const string SupplierBKey = "test-key-supplier-b";
    public const string SupplierA = "SU-TEST-A";
    public const string SupplierB = "SU-TEST-B";

    private readonly WebApplication _app;
    private readonly List<HttpClient> _clients = [];

    private TestApp(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<TestApp> StartAsync(
        string connectionString,
        string namePrefix,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var configuration = Configuration(connectionString, namePrefix, settings);
        var app = LocalFunctionHost.Create(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(configuration);
            // ICS2PORT_TEST_LOGS=1 shows the app's log when a test needs explaining.
            if (Environment.GetEnvironmentVariable("ICS2PORT_TEST_LOGS") != "1")
            {
                builder.Logging.ClearProviders();
            }

            services?.Invoke(builder.Services);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new TestApp(app, new Uri(address));
    }

    /// <summary>The configuration every test instance runs with: its storage, the API keys (two agents, two suppliers, the authority, customs of Riga and Ventspils), then <paramref name="settings"/>.</summary>
    public static Dictionary<string, string?> Configuration(string connectionString, string namePrefix, IDictionary<string, string?>? settings = null)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Ics2Port:Storage:ConnectionString"] = connectionString,
            ["AzureWebJobsStorage"] = connectionString,
            [$"{LocalTriggerOptions.SectionName}:Enabled"] = "false",
            ["Ics2Port:Storage:NamePrefix"] = namePrefix,
            ["Ics2Port:Storage:CreateLayoutOnStart"] = "true",
            ["Ics2Port:ApiKeys:0:sha256"] = Sha256(AgentAKey),
            ["Ics2Port:ApiKeys:0:principal"] = "agent:" + AgentA,
            ["Ics2Port:ApiKeys:1:sha256"] = Sha256(AgentBKey),
            ["Ics2Port:ApiKeys:1:principal"] = "agent:" + AgentB,
            ["Ics2Port:ApiKeys:2:sha256"] = Sha256(AuthorityKey),
            ["Ics2Port:ApiKeys:2:principal"] = "authority",
            ["Ics2Port:ApiKeys:3:sha256"] = Sha256(SupplierAKey),
            ["Ics2Port:ApiKeys:3:principal"] = "supplier:" + SupplierA,
            ["Ics2Port:ApiKeys:4:sha256"] = Sha256(SupplierBKey),
            ["Ics2Port:ApiKeys:4:principal"] = "supplier:" + SupplierB,
            ["Ics2Port:ApiKeys:5:sha256"] = Sha256(CustomsRigaKey),
            ["Ics2Port:ApiKeys:5:principal"] = "customs:0210",
            ["Ics2Port:ApiKeys:6:sha256"] = Sha256(CustomsVentspilsKey),
            ["Ics2Port:ApiKeys:6:principal"] = "customs:0311",
            ["Logging:LogLevel:Default"] = "Warning",
            // No nomenclature unless a test gives one: HS codes checked for structure only, as the tests' data expects.
            ["Ics2Port:HsNomenclaturePath"] = string.Empty,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        return configuration;
    }

    public static string Sha256(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Runs a blob, queue or timer function once, now, as <c>POST /admin/functions/{name}</c> does, and answers how it ended.</summary>
    public Task<FunctionRun> RunFunctionAsync(string functionName, string? input = null) =>
        Services.GetRequiredService<OnDemandInvocations>().RunAsync(functionName, input);

    /// <summary>
    /// A client that sends <paramref name="apiKey"/> as X-Api-Key (none when null); an answer that does not conform to the
    /// OpenAPI document fails its request.
    /// </summary>
    public HttpClient Client(string? apiKey)
    {
        var client = new HttpClient(new ConformingAnswers()) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _clients.Add(client);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
