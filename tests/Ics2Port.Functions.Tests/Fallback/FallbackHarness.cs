namespace Ics2Port.Functions.Tests.Fallback;

using System.Net;
using System.Text;
using System.Text.Json;
using Ics2Port.Functions.Fallback.Workflow;
using Ics2Port.Functions.Tests.Fallback.Channels;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.PeerSimulators;
using Ics2Port.Testing;
using Ics2Port.Testing.Peers.Smtp;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The app wired to real peers: Azurite, the port-system and EDS simulators, maildev, and (unless told otherwise) a
/// signing certificate given the way Azure gives it (<c>Ics2Port:Signing:CertificateSecret</c>). More instances can be
/// started on the same storage, as a scaled-out or restarted app would run.
/// </summary>
internal sealed class FallbackHarness : IAsyncDisposable
{
    public const string Ventspils = "LVVNT";
    public const string VentspilsMailbox = "mkp.0311@vid.gov.lv";
    public const string Sender = "fallback@ics2port.example";

    private readonly List<TestApp> _apps = [];
    private readonly Dictionary<string, string?> _settings;

    private FallbackHarness(Dictionary<string, string?> settings, PeerSimulatorFixture peers, MailDevServer mail)
    {
        _settings = settings;
        Peers = peers;
        Mail = mail;
    }

    public PeerSimulatorFixture Peers { get; }

    public MailDevServer Mail { get; }

    /// <summary>The first instance.</summary>
    public TestApp App => _apps[0];

    public HttpClient AgentA { get; private set; } = null!;

    public HttpClient AgentB { get; private set; } = null!;

    public HttpClient Authority { get; private set; } = null!;

    public HttpClient Supplier { get; private set; } = null!;

    public static async Task<FallbackHarness> StartAsync(
        AzuriteFixture azurite,
        PeerSimulatorFixture peers,
        MailDevServer mail,
        bool signing = true,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        await peers.ResetAsync(PeerNames.PortSystem);
        await peers.ResetAsync(PeerNames.Eds);
        await mail.DeleteAllAsync();
        var all = new Dictionary<string, string?>
        {
            ["Ics2Port:Storage:ConnectionString"] = azurite.ConnectionString,
            ["Ics2Port:Storage:NamePrefix"] = azurite.UniqueName("fb"),
            ["Ics2Port:PortSystem:BaseUrl"] = peers.Host.PortSystemBaseUrl.AbsoluteUri,
            ["Ics2Port:PortSystem:RequestTimeout"] = "00:00:05",
            ["Ics2Port:PortSystem:SubmissionTimeout"] = "00:00:02",
            ["Ics2Port:Eds:BaseUrl"] = peers.Host.EdsBaseUrl.AbsoluteUri,
            ["Ics2Port:Eds:RequestTimeout"] = "00:00:05",
            ["Ics2Port:Smtp:Host"] = mail.SmtpHost,
            ["Ics2Port:Smtp:Port"] = mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ics2Port:Smtp:EnableSsl"] = "false",
            ["Ics2Port:Smtp:From"] = Sender,
            ["Ics2Port:Smtp:SendTimeout"] = "00:00:10",
            ["Ics2Port:Signing:CertificateSecret"] = signing ? SigningCertificates.Base64Pkcs12 : null,
            ["Ics2Port:Fallback:LeaseDuration"] = "00:00:15",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var harness = new FallbackHarness(all, peers, mail);
        var app = await harness.StartInstanceAsync(services);
        harness.AgentA = app.Client(TestApp.AgentAKey);
        harness.AgentB = app.Client(TestApp.AgentBKey);
        harness.Authority = app.Client(TestApp.AuthorityKey);
        harness.Supplier = app.Client(TestApp.SupplierAKey);
        return harness;
    }

    /// <summary>
    /// Another instance of the app on the same storage and peers (a second worker, or the app started again), with
    /// <paramref name="overrides"/> of its settings, e.g. a connection string through a proxy.
    /// </summary>
    public async Task<TestApp> StartInstanceAsync(Action<IServiceCollection>? services = null, IDictionary<string, string?>? overrides = null)
    {
        var settings = SettingsWith(overrides);
        var app = await TestApp.StartAsync(
            settings["Ics2Port:Storage:ConnectionString"]!,
            settings["Ics2Port:Storage:NamePrefix"]!,
            settings,
            services);
        _apps.Add(app);
        return app;
    }

    /// <summary>The whole configuration of an instance on the same storage and peers, with <paramref name="overrides"/>.</summary>
    public IReadOnlyDictionary<string, string?> ConfigurationWith(IDictionary<string, string?> overrides)
    {
        var settings = SettingsWith(overrides);
        return TestApp.Configuration(settings["Ics2Port:Storage:ConnectionString"]!, settings["Ics2Port:Storage:NamePrefix"]!, settings);
    }

    /// <summary>One workflow run on <paramref name="app"/>, as its timer function runs it; answers the run's report lines.</summary>
    public static async Task<string[]> RunTimerAsync(TestApp app)
    {
        var report = await app.Services.GetRequiredService<FallbackWorkflow>().RunAsync(Guid.NewGuid().ToString(), CancellationToken.None);
        return [.. report.Lines()];
    }

    /// <summary>One timer run on the first instance; answers the run's report lines.</summary>
    public Task<string[]> RunTimerAsync() => RunTimerAsync(App);

    /// <summary>Asks the local host at <paramref name="baseAddress"/>, e.g. one in its own process, to run the timer function now.</summary>
    public static async Task<HttpResponseMessage> StartTimerAsync(Uri baseAddress)
    {
        using var host = new HttpClient { BaseAddress = baseAddress };
        return await host.PostAsync("/admin/functions/FallbackWorkflow", new StringContent("{}", Encoding.UTF8, "application/json"));
    }

    /// <summary>True when the run found the workflow's lease held by another instance and did nothing.</summary>
    public static bool LeaseHeldElsewhere(IEnumerable<string> logs) =>
        logs.Contains("Another instance holds the fallback workflow's lease; nothing done.");

    public async Task<string> AnnounceOutageAsync(string message = "SKLOIS maintenance")
    {
        using var response = await Authority.PostAsync(
            "/api/system/outages",
            Api.Json($$"""{ "announcedAt": "{{DateTimeOffset.UtcNow:O}}", "source": "helpdesk", "message": "{{message}}" }"""));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("outageId").GetString()!;
    }

    public async Task RestoreAsync(string outageId)
    {
        using var response = await Authority.PostAsync($"/api/system/outages/{outageId}/restore", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A port call of agent A at Ventspils.</summary>
    public Task<string> CreatePortCallAsync(HttpClient? agent = null, string voyage = "BT2611") =>
        (agent ?? AgentA).CreatePortCallAsync(Samples.PortCall(port: Ventspils, voyage: voyage));

    /// <summary>Files a document and answers its receipt.</summary>
    public static async Task<JsonElement> FileAsync(HttpClient agent, string portCallId, string type, HttpContent content, string direction = "arrival")
    {
        using var response = await agent.PutDocumentAsync(portCallId, direction, type, content);
        Assert.True(response.IsSuccessStatusCode, $"Filing {type} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    /// <summary>The three arrival documents every scenario files: FAL 3 and FAL 4 as JSON, FAL 5 as CSV.</summary>
    public static IEnumerable<(string Type, Func<HttpContent> Content, byte[] Bytes)> ArrivalDocuments() =>
    [
        ("fal3", () => Api.Json(Samples.Fal3()), Encoding.UTF8.GetBytes(Samples.Fal3())),
        ("fal4", () => Api.Json(Samples.Fal4), Encoding.UTF8.GetBytes(Samples.Fal4)),
        ("fal5", () => Api.Csv(Samples.Fal5Csv()), Encoding.UTF8.GetBytes(Samples.Fal5Csv())),
    ];

    /// <summary>Every case the authority sees, by case id.</summary>
    public async Task<Dictionary<string, JsonElement>> CasesAsync(HttpClient? client = null, string? state = null)
    {
        var items = await (client ?? Authority).GetFromJsonElementAsync("/api/fallback/cases" + (state is null ? string.Empty : "?state=" + state));
        return items.GetProperty("items").EnumerateArray().ToDictionary(item => item.GetProperty("caseId").GetString()!);
    }

    /// <summary>What the port-system simulator received: document id → how many PUTs it got.</summary>
    public async Task<Dictionary<string, int>> PortSystemRequestsAsync() =>
        (await Peers.ReceivedAsync(PeerNames.PortSystem)).EnumerateArray()
            .ToDictionary(item => $"{item.GetProperty("documentId").GetString()}-v{item.GetProperty("version").GetInt32()}", item => item.GetProperty("requests").GetInt32());

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.DisposeAsync();
        }
    }

    private Dictionary<string, string?> SettingsWith(IDictionary<string, string?>? overrides)
    {
        var settings = new Dictionary<string, string?>(_settings);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }
}
