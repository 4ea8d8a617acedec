namespace Ics2Port.Functions.Tests.Fallback.Channels;

using System.Net;
using System.Security.Cryptography;
using System.Text;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Functions.Fallback.Channels;
using Ics2Port.PeerSimulators;
using Microsoft.Extensions.Options;

public sealed class PortSystemClientTests(PeerSimulatorFixture peers) : IClassFixture<PeerSimulatorFixture>, IAsyncLifetime, IDisposable
{
    private readonly HttpClient _http = new();

    public Task InitializeAsync() => peers.ResetAsync(PeerNames.PortSystem);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _http.Dispose();

    private PortSystemClient Client(Uri? baseUrl = null, TimeSpan? timeout = null) =>
        new(_http, Options.Create(new PortSystemOptions { BaseUrl = baseUrl ?? peers.Host.PortSystemBaseUrl, RequestTimeout = timeout ?? TimeSpan.FromSeconds(10) }));

    private static PortSystemDelivery Crew(string body = "familyName,givenNames\nBERZINS,JANIS\n") =>
        new("DOC-fal5-1", 1, "PC-2611-0001", Direction.Arrival, DocumentType.Fal5, "text/csv", Encoding.UTF8.GetBytes(body));

    [Fact]
    public async Task DeliverAsync_NewVersion_DeliveredWithHashAndPortCall()
    {
        var delivery = Crew();

        var outcome = await Client().DeliverAsync(delivery);

        var held = Assert.Single((await peers.ReceivedAsync(PeerNames.PortSystem)).EnumerateArray());
        Assert.Equal((ChannelOutcomeKind.Succeeded, 201), (outcome.Kind, outcome.StatusCode));
        Assert.Equal(
            ("DOC-fal5-1", 1, Convert.ToHexStringLower(SHA256.HashData(delivery.Content.Span)), "PC-2611-0001", "fal5", "arrival", "text/csv"),
            (held.GetProperty("documentId").GetString(), held.GetProperty("version").GetInt32(), held.GetProperty("sha256").GetString(),
             held.GetProperty("portCallId").GetString(), held.GetProperty("documentType").GetString(), held.GetProperty("direction").GetString(),
             held.GetProperty("contentType").GetString()));
    }

    [Fact]
    public async Task DeliverAsync_SameVersionTwice_DeliveredAndHeldOnce()
    {
        var client = Client();
        await client.DeliverAsync(Crew());

        var repeat = await client.DeliverAsync(Crew());

        var held = Assert.Single((await peers.ReceivedAsync(PeerNames.PortSystem)).EnumerateArray());
        Assert.Equal((ChannelOutcomeKind.Succeeded, 200), (repeat.Kind, repeat.StatusCode));
        Assert.Equal(2, held.GetProperty("requests").GetInt32());
    }

    [Fact]
    public async Task DeliverAsync_OtherBytesUnderSameVersion_RejectedWithConflict()
    {
        var client = Client();
        await client.DeliverAsync(Crew());

        var outcome = await client.DeliverAsync(Crew("familyName,givenNames\nOZOLS,PETERIS\n"));

        Assert.Equal((ChannelOutcomeKind.Rejected, (int)HttpStatusCode.Conflict), (outcome.Kind, outcome.StatusCode));
        Assert.Contains("already held", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverAsync_FB_TRIGGER_PortSystemSwitchedOff_UnavailableAndNothingHeld()
    {
        await peers.SetAvailableAsync(PeerNames.PortSystem, false);

        var outcome = await Client().DeliverAsync(Crew());

        Assert.Equal((ChannelOutcomeKind.Unavailable, 503), (outcome.Kind, outcome.StatusCode));
        Assert.Empty((await peers.ReceivedAsync(PeerNames.PortSystem)).EnumerateArray());
    }

    [Fact]
    public async Task DeliverAsync_ConnectionRefused_Unavailable()
    {
        var client = Client(new Uri($"http://127.0.0.1:{ClosedPorts.Refusing()}/port-system"));

        var outcome = await client.DeliverAsync(Crew());

        Assert.Equal((ChannelOutcomeKind.Unavailable, null), (outcome.Kind, outcome.StatusCode));
    }

    [Fact]
    public async Task DeliverAsync_NoAnswerWithinTimeout_Unavailable()
    {
        var silent = ClosedPorts.Silent();
        try
        {
            var client = Client(new Uri($"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/port-system"), TimeSpan.FromMilliseconds(300));

            var outcome = await client.DeliverAsync(Crew());

            Assert.Equal(ChannelOutcomeKind.Unavailable, outcome.Kind);
            Assert.Contains("no answer within", outcome.Message, StringComparison.Ordinal);
        }
        finally
        {
            silent.Stop();
        }
    }

    [Fact]
    public async Task DeliverAsync_CallerCancels_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var deliver = () => Client().DeliverAsync(Crew(), cancelled.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(deliver);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ProbeAsync_Availability_Reported(bool available)
    {
        await peers.SetAvailableAsync(PeerNames.PortSystem, available);

        var probed = await Client().ProbeAsync();

        Assert.Equal(available, probed);
    }

    [Fact]
    public void Constructor_NoBaseUrl_Throws()
    {
        var create = () => new PortSystemClient(_http, Options.Create(new PortSystemOptions()));

        Assert.Throws<InvalidOperationException>(create);
    }
}
