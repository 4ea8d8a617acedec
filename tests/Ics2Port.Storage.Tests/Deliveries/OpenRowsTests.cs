using Azure.Data.Tables;
using Ics2Port.Storage.Deliveries;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Heads;
using Ics2Port.Testing;

namespace Ics2Port.Storage.Tests.Deliveries;

/// <summary>
/// Open versions as rows of their own beside the head: the head keeps its size however many versions wait, a final state
/// takes the row along in the same transaction, and the open list of a head written by an earlier release is still read
/// until it empties.
/// </summary>
[Collection("azurite")]
public sealed class OpenRowsTests(AzuriteFixture azurite) : StoreTests<DeliveryStore>(azurite, "openrows", layout => new DeliveryStore(layout))
{
    private const int Undelivered = 1_000;

    private static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    [Fact]
    public async Task CommitAsync_AThousandUndeliveredVersionsOfOneDocument_TheHeadKeepsItsSizeAndTheNextCommitSucceeds()
    {
        var headSizes = new Dictionary<int, int>();
        for (var version = 1; version <= Undelivered; version++)
        {
            await CommitAsync("pc-many", version);
            if (version is 100 or Undelivered - 1)
            {
                headSizes[version] = await HeadSizeAsync("pc-many");
            }
        }

        var next = await Documents.CommitAsync(Submission("pc-many", Undelivered + 1));
        var head = (await Documents.ReadHeadAsync("pc-many"))!;
        var open = await Store.ListOpenItemsAsync(head);

        Assert.Equal(headSizes[100], headSizes[Undelivered - 1]);
        Assert.Equal((DocumentCommitKind.Created, Undelivered + 1), (next.Kind, next.Version?.Version));
        // The first versions are open on the head itself, every later one as a row of its own.
        Assert.Equal(Enumerable.Range(1, PortCallHead.MaxOpenOnHead), head.Open.Select(item => item.Version));
        Assert.Equal(Enumerable.Range(1, Undelivered + 1), open.Select(item => item.Version));
    }

    [Fact]
    public async Task TryUpdateAsync_FinalStateOfAnOlderVersionThenWrittenAgain_RowGoneAtOnceAndTheSecondWriteSaved()
    {
        await CommitAsync("pc-final", 1);
        await CommitAsync("pc-final", 2);
        var first = (await Store.GetAsync("pc-final", "arrival", "fal5", 1))!;

        var delivered = await Store.TryUpdateAsync(first with { Document = first.Document with { State = "delivered" } });
        var openAfterDelivery = await OpenVersionsAsync("pc-final");
        var again = await Store.TryUpdateAsync(delivered! with { OutageId = "outage-1" });

        Assert.Equal([2], openAfterDelivery);
        Assert.Equal(("delivered", "outage-1"), (again!.State, (await Store.GetAsync("pc-final", "arrival", "fal5", 1))!.OutageId));
        Assert.Equal([2], await OpenVersionsAsync("pc-final"));
    }

    [Fact]
    public async Task TryUpdateAsync_FinalStateOnAStaleRecord_NullAndTheVersionStaysOpen()
    {
        await CommitAsync("pc-stale", 1);
        var read = (await Store.GetAsync("pc-stale", "arrival", "fal5", 1))!;
        await Store.TryUpdateAsync(read with { OutageId = "outage-1" });

        var stale = await Store.TryUpdateAsync(read with { Document = read.Document with { State = "delivered" } });

        Assert.Null(stale);
        Assert.Equal([1], await OpenVersionsAsync("pc-stale"));
        Assert.Equal(DocumentStore.AcceptedState, (await Store.GetAsync("pc-stale", "arrival", "fal5", 1))!.State);
    }

    [Fact]
    public async Task ListOpenAsync_VersionsOpenOnTheHead_FoundAndDroppedFromItAsTheyAreDelivered()
    {
        await CommitAsync("pc-on-head", 1);
        await CommitAsync("pc-on-head", 2);
        await KeepOpenOnTheHeadAsync("pc-on-head", """[{"kind":"document","key":"arrival|fal5","version":1},{"kind":"document","key":"arrival|fal5","version":2}]""");
        await CommitAsync("pc-on-head", 3);

        var listed = await Store.ListOpenAsync(Retention, DateTimeOffset.UtcNow);
        await DeliverAsync("pc-on-head", 1);
        var listAfterFirst = (await Documents.ReadHeadAsync("pc-on-head"))!.Open;
        await DeliverAsync("pc-on-head", 2);
        await DeliverAsync("pc-on-head", 3);
        var headRow = await Versions.GetEntityAsync<TableEntity>("pc-on-head", PortCallHead.RowKey);
        var listedAfter = await Store.ListOpenAsync(Retention, DateTimeOffset.UtcNow);

        Assert.Equal([1, 2, 3], listed.Select(record => record.Document.Version));
        Assert.Equal([2, 3], listAfterFirst.Select(item => item.Version));
        Assert.False(headRow.Value.ContainsKey("Open"));
        Assert.Empty(listedAfter);
    }

    [Fact]
    public async Task CommitAsync_HeadFull_TheNextVersionOpenAsARowAndDeliveringItDeletesTheRow()
    {
        for (var version = 1; version <= PortCallHead.MaxOpenOnHead + 1; version++)
        {
            await CommitAsync("pc-full", version);
        }

        var rows = await Versions.QueryAsync<TableEntity>(e => e.PartitionKey == "pc-full").Where(e => OpenRows.IsOpenRow(e.RowKey)).ToListAsync();
        await DeliverAsync("pc-full", PortCallHead.MaxOpenOnHead + 1);
        var rowsAfter = await Versions.QueryAsync<TableEntity>(e => e.PartitionKey == "pc-full").Where(e => OpenRows.IsOpenRow(e.RowKey)).ToListAsync();

        Assert.Equal(PortCallHead.MaxOpenOnHead, (await Documents.ReadHeadAsync("pc-full"))!.Open.Count);
        Assert.Single(rows);
        Assert.Empty(rowsAfter);
    }

    private DocumentStore Documents => new(Layout);

    private TableClient Versions => Layout.Tables.GetTableClient(Layout.DocumentVersionsTable);

    private static DocumentSubmission Submission(string portCallId, int number) => new()
    {
        AgentId = "AG-A",
        PortCallId = portCallId,
        Direction = "arrival",
        Type = "fal5",
        Content = BinaryData.FromString($"crew-{number:D4}"),
        ContentType = "text/csv",
        Extension = "csv",
        Sha256 = $"sha-crew-{number:D4}",
        ReceivedAt = ReceivedAt.AddSeconds(number),
    };

    private async Task CommitAsync(string portCallId, int number)
    {
        var commit = await Documents.CommitAsync(Submission(portCallId, number));
        Assert.Equal((DocumentCommitKind.Created, number), (commit.Kind, commit.Version?.Version));
    }

    private async Task DeliverAsync(string portCallId, int version)
    {
        var record = (await Store.GetAsync(portCallId, "arrival", "fal5", version))!;
        Assert.NotNull(await Store.TryUpdateAsync(record with { Document = record.Document with { State = "delivered" } }));
    }

    private async Task<IEnumerable<int>> OpenVersionsAsync(string portCallId) =>
        (await Store.ListOpenItemsAsync((await Documents.ReadHeadAsync(portCallId))!)).Select(item => item.Version);

    // The characters of the head row's text properties: what the 64 KiB limit of a string property bounds.
    private async Task<int> HeadSizeAsync(string portCallId)
    {
        var head = await Versions.GetEntityAsync<TableEntity>(portCallId, PortCallHead.RowKey);
        return head.Value.Select(property => property.Value).OfType<string>().Sum(text => text.Length);
    }

    // The head as an earlier release wrote it: the open versions listed on it, no open rows.
    private async Task KeepOpenOnTheHeadAsync(string portCallId, string openJson)
    {
        var head = (await Versions.GetEntityAsync<TableEntity>(portCallId, PortCallHead.RowKey)).Value;
        head["Open"] = openJson;
        await Versions.UpdateEntityAsync(head, head.ETag, TableUpdateMode.Replace);
        await foreach (var row in Versions.QueryAsync<TableEntity>(filter: $"PartitionKey eq '{portCallId}' and RowKey ge '{OpenRows.Prefix}' and RowKey lt 'open}}'"))
        {
            await Versions.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }
    }
}
