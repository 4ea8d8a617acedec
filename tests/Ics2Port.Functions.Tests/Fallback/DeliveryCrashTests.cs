namespace Ics2Port.Functions.Tests.Fallback;

using System.Net;
using System.Security.Cryptography;
using Ics2Port.Functions.Fallback;
using Ics2Port.Functions.Tests.Fallback.Channels;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.PeerSimulators;
using Ics2Port.Storage.Deliveries;
using Ics2Port.Testing;
using Ics2Port.Testing.Peers.Smtp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

/// <summary>
/// The instance that filed a document dies while delivering it, after the answer: the first instance's port-system
/// transport stops the delivery dead where the process would have died (nothing of it runs further, and the instance
/// does nothing more), and a second instance on the same storage takes over with its timer.
/// </summary>
[Collection("azurite")]
public sealed class DeliveryCrashTests(AzuriteFixture azurite, PeerSimulatorFixture peers, MailDevFixture mail)
    : IClassFixture<PeerSimulatorFixture>, IClassFixture<MailDevFixture>, IAsyncLifetime
{
    private readonly DeathPlan _dying = new();
    private FallbackHarness _harness = null!;

    public async Task InitializeAsync() =>
        _harness = await FallbackHarness.StartAsync(
            azurite,
            peers,
            mail.Server,
            settings: new Dictionary<string, string?> { ["Ics2Port:Fallback:AcceptedGracePeriod"] = "00:00:00" },
            services: services => services.Configure<HttpClientFactoryOptions>(
                FallbackChannels.PortSystemHttpClient,
                options => options.HttpMessageHandlerBuilderActions.Add(builder => builder.AdditionalHandlers.Add(new DyingTransport(_dying)))));

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 2)]
    public async Task SubmitDocument_InstanceDiesAfterTheCommit_TheNextInstanceDeliversEveryAcknowledgedVersionOnce(bool afterSending, int requests)
    {
        _dying.AfterSending = afterSending;
        var portCallId = await _harness.CreatePortCallAsync();
        var filed = new Dictionary<string, byte[]>();
        foreach (var (type, content, bytes) in FallbackHarness.ArrivalDocuments())
        {
            var receipt = await FallbackHarness.FileAsync(_harness.AgentA, portCallId, type, content());
            Assert.Equal("accepted", receipt.State());
            filed[type] = bytes;
        }

        var successor = await _harness.StartInstanceAsync();
        await FallbackHarness.RunTimerAsync(successor);
        await FallbackHarness.RunTimerAsync(successor);

        var deliveries = successor.Services.GetRequiredService<DeliveryStore>();
        var received = (await peers.ReceivedAsync(PeerNames.PortSystem)).EnumerateArray().ToList();
        var agent = successor.Client(TestApp.AgentAKey);
        foreach (var (type, bytes) in filed)
        {
            var record = (await deliveries.GetAsync(portCallId, "arrival", type, 1))!;
            var attempt = Assert.Single(record.Attempts);
            Assert.Equal(("delivered", "delivered", 1), (record.State, attempt.Outcome, attempt.Resumptions));
            var stored = await agent.GetByteArrayAsync($"/api/port-calls/{portCallId}/arrival/{type}/versions/1");
            Assert.Equal(bytes, stored);
            var atPortSystem = Assert.Single(received, item => item.GetProperty("documentId").GetString() == $"{portCallId}-arrival-{type}");
            Assert.Equal(
                (1, Convert.ToHexStringLower(SHA256.HashData(bytes)), requests),
                (atPortSystem.GetProperty("version").GetInt32(), atPortSystem.GetProperty("sha256").GetString(), atPortSystem.GetProperty("requests").GetInt32()));
        }

        Assert.Equal(filed.Count, _dying.Deaths);
    }

    /// <summary>Where the delivery dies, and how often it did.</summary>
    private sealed class DeathPlan
    {
        private int _deaths;

        public bool AfterSending { get; set; }

        public int Deaths => _deaths;

        public void Died() => Interlocked.Increment(ref _deaths);
    }

    /// <summary>The port-system transport of the instance that dies: the delivery ends there, before or after the port system took it.</summary>
    private sealed class DyingTransport(DeathPlan plan) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method != HttpMethod.Put)
            {
                return await base.SendAsync(request, cancellationToken);
            }

            if (plan.AfterSending)
            {
                using var response = await base.SendAsync(request, cancellationToken);
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            }

            plan.Died();
            throw new ProcessDiedException();
        }
    }

    private sealed class ProcessDiedException() : Exception("The process died here (test fault).");
}
