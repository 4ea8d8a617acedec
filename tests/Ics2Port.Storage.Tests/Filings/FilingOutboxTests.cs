using System.Security.Cryptography;
using System.Text;
using Ics2Port.Storage.Deliveries;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Filings;
using Ics2Port.Storage.Heads;
using Ics2Port.Testing;

namespace Ics2Port.Storage.Tests.Filings;

/// <summary>
/// A permit application or ship supply put on the port system's way: a version row beside the port call's documents, its
/// open row and the head written in one transaction, so the timer finds it as it finds a document version.
/// </summary>
[Collection("azurite")]
public sealed class FilingOutboxTests(AzuriteFixture azurite) : StoreTests<FilingOutbox>(azurite, "filings", layout => new FilingOutbox(layout))
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    [Fact]
    public async Task PutAsync_NewPermit_AcceptedVersionRowWithItsOpenRowAndTheHeadWrittenAgain()
    {
        await CreateHeadAsync("pc-put");
        var before = (await Documents.ReadHeadAsync("pc-put"))!;

        var filed = await Store.PutAsync(Permit("pc-put", "pm-put", """{"berth":"RIX-KS-12"}"""), 1);

        var after = (await Documents.ReadHeadAsync("pc-put"))!;
        Assert.Equal(
            ("pc-put-permit-pm-put", "permit", "pm-put", 1, DocumentStore.AcceptedState, true, "AG-A"),
            (filed.DocumentId, filed.Direction, filed.Type, filed.Version, filed.State, filed.IsInline, filed.AgentId));
        Assert.Equal("""{"berth":"RIX-KS-12"}""", (await Documents.ReadContentAsync(filed)).ToString());
        Assert.NotEqual(before.ETag, after.ETag);
        Assert.Empty(after.Documents);
        Assert.Equal([new OpenItem(OpenItem.DocumentKind, "permit|pm-put", 1)], await Deliveries.ListOpenItemsAsync(after));
    }

    [Fact]
    public async Task PutAsync_PermitAndSupply_FoundByTheTimerBesideTheDocumentsOldestFirst()
    {
        await CreateHeadAsync("pc-timer");
        await Store.PutAsync(Permit("pc-timer", "pm-timer", "{}", ReceivedAt.AddMinutes(1)), 1);
        await Store.PutAsync(Permit("pc-timer", "sp-timer", "{}", ReceivedAt) with { Direction = FilingKinds.Supply }, 2);

        var open = await Deliveries.ListOpenAsync(Retention, DateTimeOffset.UtcNow);

        Assert.Equal([("pc-timer-supply-sp-timer", 2), ("pc-timer-permit-pm-timer", 1)], open.Select(record => (record.Document.DocumentId, record.Document.Version)));
    }

    [Fact]
    public async Task PutAsync_SameBodyTwice_OneRowAndOneOpenRowAndTheFirstVersionAnswered()
    {
        await CreateHeadAsync("pc-twice");
        var first = await Store.PutAsync(Permit("pc-twice", "pm-twice", "{}"), 1);

        var again = await Store.PutAsync(Permit("pc-twice", "pm-twice", "{}", ReceivedAt.AddMinutes(5)), 1);

        Assert.Equal(first, again);
        Assert.Single(await Documents.ListVersionsAsync("pc-twice", "permit", "pm-twice").ToListAsync());
        Assert.Single(await Deliveries.ListOpenItemsAsync((await Documents.ReadHeadAsync("pc-twice"))!));
    }

    [Fact]
    public async Task PutAsync_ConcurrentlyWithTheSameBody_OneRow()
    {
        await CreateHeadAsync("pc-race");

        var filed = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Store.PutAsync(Permit("pc-race", "pm-race", "{}"), 1)));

        Assert.Single(filed.Distinct());
        Assert.Single(await Documents.ListVersionsAsync("pc-race", "permit", "pm-race").ToListAsync());
        Assert.Single(await Deliveries.ListOpenItemsAsync((await Documents.ReadHeadAsync("pc-race"))!));
    }

    [Fact]
    public async Task PutAsync_OtherBodyUnderTheSameVersion_ThrowsAndTheFirstBodyStays()
    {
        await CreateHeadAsync("pc-other");
        var first = await Store.PutAsync(Permit("pc-other", "pm-other", """{"a":1}"""), 1);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.PutAsync(Permit("pc-other", "pm-other", """{"a":2}"""), 1));

        Assert.Equal(first, await Store.FindAsync("pc-other", FilingKinds.Permit, "pm-other", 1));
        Assert.Equal("""{"a":1}""", (await Documents.ReadContentAsync(first)).ToString());
    }

    [Fact]
    public async Task PutAsync_ADocumentCommittedMeanwhile_BothStoredAndTheHeadKeepsTheDocument()
    {
        await CreateHeadAsync("pc-both");

        await Task.WhenAll(
            Store.PutAsync(Permit("pc-both", "pm-both", "{}"), 1),
            Documents.CommitAsync(Permit("pc-both", "fal5", "crew") with { Direction = "arrival", ContentType = "text/csv", Extension = "csv" }));

        var head = (await Documents.ReadHeadAsync("pc-both"))!;
        Assert.Equal(["arrival|fal5"], head.Documents.Keys);
        Assert.Equal(["arrival|fal5", "permit|pm-both"], (await Deliveries.ListOpenItemsAsync(head)).Select(item => item.Key).Order());
    }

    [Fact]
    public async Task PutAsync_BodyTooLargeForTheRow_StoredAsABlobAndReadBack()
    {
        await CreateHeadAsync("pc-large");
        var body = "{\"text\":\"" + new string('x', DocumentStore.InlineLimit) + "\"}";

        var filed = await Store.PutAsync(Permit("pc-large", "pm-large", body), 1);

        Assert.False(filed.IsInline);
        Assert.Equal(body, (await Documents.ReadContentAsync(filed)).ToString());
    }

    [Fact]
    public async Task PutAsync_NotAFilingKind_ThrowsAndNothingStored()
    {
        await CreateHeadAsync("pc-kind");

        await Assert.ThrowsAsync<ArgumentException>(() => Store.PutAsync(Permit("pc-kind", "fal5", "{}") with { Direction = "arrival" }, 1));

        Assert.Empty(await Deliveries.ListOpenItemsAsync((await Documents.ReadHeadAsync("pc-kind"))!));
    }

    [Fact]
    public async Task PutAsync_PortCallRegisteredBeforeHeads_HeadInsertedWithItsDocumentsAndTheFilingFoundByTheTimer()
    {
        // A version stored before heads existed: its row, and no head.
        await Documents.CommitAsync(Permit("pc-old", "fal4", "{}") with { Direction = "arrival" });
        await Layout.Tables.GetTableClient(Layout.DocumentVersionsTable).DeleteEntityAsync("pc-old", PortCallHead.RowKey);

        var filed = await Store.PutAsync(Permit("pc-old", "pm-old", "{}"), 1);

        var head = (await Documents.ReadHeadAsync("pc-old"))!;
        var open = await Deliveries.ListOpenAsync(Retention, DateTimeOffset.UtcNow);
        Assert.Equal(("AG-A", true, null), (head.AgentId, head.Indexed, head.PortCallJson));
        Assert.Equal(["arrival|fal4"], head.Documents.Keys);
        Assert.Equal(["pc-old-arrival-fal4", filed.DocumentId], open.Select(record => record.Document.DocumentId));
    }

    [Theory]
    [InlineData("permit", "pm-missing", 1)]
    [InlineData("permit", "pm-find", 2)]
    [InlineData("arrival", "pm-find", 1)]
    [InlineData("permit", "pm/slash", 1)]
    public async Task FindAsync_NotPutOnItsWay_Null(string kind, string filingId, int version)
    {
        await CreateHeadAsync("pc-find");
        await Store.PutAsync(Permit("pc-find", "pm-find", "{}"), 1);

        Assert.Null(await Store.FindAsync("pc-find", kind, filingId, version));
    }

    private DocumentStore Documents => new(Layout);

    private DeliveryStore Deliveries => new(Layout);

    private static DocumentSubmission Permit(string portCallId, string permitId, string body, DateTimeOffset? receivedAt = null) => new()
    {
        AgentId = "AG-A",
        PortCallId = portCallId,
        Direction = FilingKinds.Permit,
        Type = permitId,
        Content = BinaryData.FromString(body),
        ContentType = "application/json",
        Extension = "json",
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))),
        ReceivedAt = receivedAt ?? ReceivedAt,
    };

    private Task CreateHeadAsync(string portCallId) => Documents.CreateHeadAsync(portCallId, "AG-A", """{"port":"LVRIX"}""", ReceivedAt);
}
