using Ics2Port.Storage.Deliveries;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Heads;
using Ics2Port.Testing;

namespace Ics2Port.Storage.Tests.Deliveries;

/// <summary>
/// How the timer finds versions on their way: through the delivery index and each listed port call's open rows, which every
/// commit and every delivery state change keeps true; a port call with nothing open leaves the index after the retention
/// and its next commit puts it back.
/// </summary>
[Collection("azurite")]
public sealed class OpenVersionsTests(AzuriteFixture azurite) : StoreTests<DeliveryStore>(azurite, "open", layout => new DeliveryStore(layout))
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    [Fact]
    public async Task ListOpenAsync_VersionsCommittedThenOneDelivered_TheOthersOldestFirstAndTheHeadShowsTheState()
    {
        await CommitAsync("pc-open-a", "fal5", "crew-1", ReceivedAt.AddMinutes(2));
        await CommitAsync("pc-open-b", "fal5", "crew-2", ReceivedAt.AddMinutes(1));
        await CommitAsync("pc-open-a", "fal4", "effects-1", ReceivedAt);
        var delivered = (await Store.GetAsync("pc-open-a", "arrival", "fal4", 1))!;
        await Store.TryUpdateAsync(delivered with { Document = delivered.Document with { State = "delivered" } });

        var open = await Store.ListOpenAsync(Retention, DateTimeOffset.UtcNow);

        var head = (await Documents.ReadHeadAsync("pc-open-a"))!;
        Assert.Equal(["pc-open-b-arrival-fal5", "pc-open-a-arrival-fal5"], open.Select(record => record.Document.DocumentId));
        Assert.Equal("delivered", head.Document("arrival", "fal4")!.State);
        Assert.Equal([new OpenItem(OpenItem.DocumentKind, "arrival|fal5", 1)], await Store.ListOpenItemsAsync(head));
        Assert.Equal([new OpenItem(OpenItem.DocumentKind, "arrival|fal5", 1)], head.Open);
    }

    [Fact]
    public async Task ListOpenAsync_NothingOpenForTheRetention_PortCallLeavesTheIndexAndItsNextCommitPutsItBack()
    {
        await CommitAsync("pc-quiet", "fal5", "crew-1", ReceivedAt);
        var record = (await Store.GetAsync("pc-quiet", "arrival", "fal5", 1))!;
        await Store.TryUpdateAsync(record with { Document = record.Document with { State = "delivered" } });

        var stillRecent = await Store.ListOpenAsync(Retention, DateTimeOffset.UtcNow);
        var listedWhileRecent = await Index.ListAsync();
        await Store.ListOpenAsync(TimeSpan.Zero, DateTimeOffset.UtcNow.AddMinutes(1));
        var listedAfterRetention = await Index.ListAsync();
        var headAfterRetention = (await Documents.ReadHeadAsync("pc-quiet"))!;
        await CommitAsync("pc-quiet", "fal5", "crew-2", ReceivedAt.AddMinutes(5));
        var open = await Store.ListOpenAsync(Retention, DateTimeOffset.UtcNow);

        Assert.Empty(stillRecent);
        Assert.Equal(["pc-quiet"], listedWhileRecent.Select(entry => entry.PortCallId));
        Assert.Empty(listedAfterRetention);
        Assert.False(headAfterRetention.Indexed);
        Assert.Equal(["pc-quiet"], (await Index.ListAsync()).Select(entry => entry.PortCallId));
        Assert.Equal([("pc-quiet-arrival-fal5", 2)], open.Select(r => (r.Document.DocumentId, r.Document.Version)));
    }

    private DocumentStore Documents => new(Layout);

    private DeliveryIndex Index => new(Layout);

    private async Task CommitAsync(string portCallId, string type, string body, DateTimeOffset receivedAt)
    {
        var commit = await Documents.CommitAsync(new DocumentSubmission
        {
            AgentId = "AG-A",
            PortCallId = portCallId,
            Direction = "arrival",
            Type = type,
            Content = BinaryData.FromString(body),
            ContentType = "text/csv",
            Extension = "csv",
            Sha256 = "sha-" + body,
            ReceivedAt = receivedAt,
        });
        Assert.Equal(DocumentCommitKind.Created, commit.Kind);
    }
}
