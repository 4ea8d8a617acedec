namespace Ics2Port.Functions.Tests.Fallback.Channels;

using System.Security.Cryptography;
using System.Text;
using Ics2Port.Domain.Fallback;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Functions.Fallback.Channels;
using Ics2Port.PeerSimulators;
using Microsoft.Extensions.Options;

public sealed class EdsClientTests(PeerSimulatorFixture peers) : IClassFixture<PeerSimulatorFixture>, IAsyncLifetime, IDisposable
{
    private static readonly PortCallReference PortCall = new("PC-2611-0001", "LVVNT", "BALTIC TRADER", "9074729", "BT2611");
    private static readonly byte[] CrewCsv = Encoding.UTF8.GetBytes("familyName,givenNames\nBERZINS,JANIS\n");
    private static readonly FallbackDocument Crew = new("DOC-fal5-1", Direction.Arrival, DocumentType.Fal5, 1, Convert.ToHexStringLower(SHA256.HashData(CrewCsv)));

    private readonly HttpClient _http = new();

    public Task InitializeAsync() => peers.ResetAsync(PeerNames.Eds);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _http.Dispose();

    private EdsClient Client(Uri? baseUrl = null) =>
        new(_http, Options.Create(new EdsOptions { BaseUrl = baseUrl ?? peers.Host.EdsBaseUrl, RequestTimeout = TimeSpan.FromSeconds(10) }));

    private static EdsLetter Letter() =>
        EdsLetter.ForDocument(ControlPoints.Latvia.ForPort("LVVNT").Value, PortCall, Crew, new FallbackAttachment("fal5.csv", "text/csv", CrewCsv));

    [Fact]
    public async Task SendLetterAsync_FB_1_EDS_Ventspils_SentToCategory0311WithTheDocument()
    {
        var outcome = await Client().SendLetterAsync(Letter());

        var letter = Assert.Single((await peers.ReceivedAsync(PeerNames.Eds)).EnumerateArray());
        var attachment = Assert.Single(letter.GetProperty("attachments").EnumerateArray());
        Assert.Equal((ChannelOutcomeKind.Succeeded, letter.GetProperty("letterId").GetString()), (outcome.Kind, outcome.Reference));
        Assert.Equal(
            ("0311", "Port call PC-2611-0001, IMO 9074729, voyage BT2611: arrival fal5 version 1", "fal5.csv", Crew.Sha256),
            (letter.GetProperty("category").GetString(), letter.GetProperty("subject").GetString(),
             attachment.GetProperty("fileName").GetString(), attachment.GetProperty("sha256").GetString()));
    }

    [Fact]
    public async Task SendLetterAsync_FB_1_EDS_SameLetterTwice_OneLetterSameId()
    {
        var client = Client();
        var first = await client.SendLetterAsync(Letter());

        var repeat = await client.SendLetterAsync(Letter());

        var letter = Assert.Single((await peers.ReceivedAsync(PeerNames.Eds)).EnumerateArray());
        Assert.Equal((first.Reference, 200), (repeat.Reference, repeat.StatusCode));
        Assert.Equal(2, letter.GetProperty("requests").GetInt32());
    }

    [Fact]
    public async Task SendLetterAsync_FB_2_EMAIL_EdsSwitchedOff_UnavailableAndNoLetter()
    {
        await peers.SetAvailableAsync(PeerNames.Eds, false);

        var outcome = await Client().SendLetterAsync(Letter());

        Assert.Equal((ChannelOutcomeKind.Unavailable, 503), (outcome.Kind, outcome.StatusCode));
        Assert.Empty((await peers.ReceivedAsync(PeerNames.Eds)).EnumerateArray());
    }

    [Fact]
    public async Task SendLetterAsync_NoCategory_Rejected()
    {
        var outcome = await Client().SendLetterAsync(Letter() with { Category = "" });

        Assert.Equal((ChannelOutcomeKind.Rejected, 400), (outcome.Kind, outcome.StatusCode));
    }

    [Fact]
    public async Task SendLetterAsync_ConnectionRefused_Unavailable()
    {
        var client = Client(new Uri($"http://127.0.0.1:{ClosedPorts.Refusing()}/eds"));

        var outcome = await client.SendLetterAsync(Letter());

        Assert.Equal(ChannelOutcomeKind.Unavailable, outcome.Kind);
    }

    [Fact]
    public void ForDocument_FB_1_EDS_KeyIsDocumentAndVersion()
    {
        var letter = Letter();

        Assert.Equal(("0311", "DOC-fal5-1/v1"), (letter.Category, letter.IdempotencyKey));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ProbeAsync_Availability_Reported(bool available)
    {
        await peers.SetAvailableAsync(PeerNames.Eds, available);

        var probed = await Client().ProbeAsync();

        Assert.Equal(available, probed);
    }
}
