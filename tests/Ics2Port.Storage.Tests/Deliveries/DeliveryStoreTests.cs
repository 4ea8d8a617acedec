using Ics2Port.Storage.Deliveries;
using Ics2Port.Storage.Documents;
using Ics2Port.Testing;

namespace Ics2Port.Storage.Tests.Deliveries;

[Collection("azurite")]
public sealed class DeliveryStoreTests(AzuriteFixture azurite) : StoreTests<DeliveryStore>(azurite, "deliveries", layout => new DeliveryStore(layout))
{
    [Fact]
    public async Task GetAsync_CommittedVersion_AcceptedWithNoAttemptsAndNoCase()
    {
        var version = await CommitAsync("pc-get", "AG-A");

        var delivery = await Store.GetAsync("pc-get", "arrival", "fal5", 1);

        Assert.Equal(
            (version, DocumentStore.AcceptedState, 0, (DateTimeOffset?)null, (string?)null),
            (delivery!.Document, delivery.State, delivery.Attempts.Count, delivery.CaseOpenedAt, delivery.OutageId));
    }

    [Theory]
    [InlineData("pc-none", 1)]
    [InlineData("pc-get-missing", 2)]
    [InlineData("pc/slash", 1)]
    public async Task GetAsync_UnknownVersion_Null(string portCallId, int version)
    {
        await CommitAsync("pc-get-missing", "AG-A");

        var delivery = await Store.GetAsync(portCallId, "arrival", "fal5", version);

        Assert.Null(delivery);
    }

    [Fact]
    public async Task TryUpdateAsync_CurrentETag_WritesStateAttemptsAndCaseAndKeepsTheVersion()
    {
        var version = await CommitAsync("pc-update", "AG-A");
        var read = (await Store.GetAsync("pc-update", "arrival", "fal5", 1))!;

        var updated = await Store.TryUpdateAsync(Case(read, "pending", "out-1"));

        var stored = (await Store.RefreshAsync(read))!;
        Assert.Equal(
            (updated!.ETag, "pending", ReceivedAt, "out-1", "port-system", version with { State = "pending" }),
            (stored.ETag, stored.State, stored.CaseOpenedAt, stored.OutageId, Assert.Single(stored.Attempts).Channel, stored.Document));
    }

    [Fact]
    public async Task TryUpdateAsync_StaleETag_NullAndTheNewerWriteStays()
    {
        await CommitAsync("pc-stale", "AG-A");
        var read = (await Store.GetAsync("pc-stale", "arrival", "fal5", 1))!;
        await Store.TryUpdateAsync(Case(read, "pending", "out-1"));

        var stale = await Store.TryUpdateAsync(Case(read, "fallback-email", "out-2"));

        var stored = (await Store.RefreshAsync(read))!;
        Assert.Equal((null, "pending", "out-1"), (stale, stored.State, stored.OutageId));
    }

    [Fact]
    public async Task ListCasesAsync_AgentWithAQuoteAndState_OnlyTheirCasesOldestCaseFirst()
    {
        foreach (var (portCallId, agentId, state, opened) in new[]
        {
            ("pc-case-1", "AG-O'BRIEN", "pending", 3),
            ("pc-case-2", "AG-O'BRIEN", "pending", 1),
            ("pc-case-3", "AG-O'BRIEN", "delivered", 2),
            ("pc-case-4", "AG-O", "pending", 0),
            ("pc-case-5", "AG-O'BRIEN", "pending", 4),
            ("pc-case-6", "AG-O'BRIEN", "pending", 5),
        })
        {
            await CommitAsync(portCallId, agentId);
            var read = (await Store.GetAsync(portCallId, "arrival", "fal5", 1))!;
            await Store.TryUpdateAsync(Case(read, state, "out-1") with { CaseOpenedAt = ReceivedAt.AddMinutes(opened) });
        }

        await CommitAsync("pc-no-case", "AG-O'BRIEN");

        var cases = await Store.ListCasesAsync("AG-O'BRIEN", "pending").ToListAsync();

        Assert.Equal(["pc-case-2", "pc-case-1", "pc-case-5", "pc-case-6"], cases.Select(d => d.Document.PortCallId));
    }

    [Fact]
    public async Task ListCasesAsync_NoAgentNoState_EveryCase()
    {
        foreach (var (portCallId, agentId) in new[] { ("pc-any-1", "AG-A"), ("pc-any-2", "AG-B") })
        {
            await CommitAsync(portCallId, agentId);
            var read = (await Store.GetAsync(portCallId, "arrival", "fal5", 1))!;
            await Store.TryUpdateAsync(Case(read, "pending", "out-1"));
        }

        await CommitAsync("pc-any-3", "AG-A");

        var cases = await Store.ListCasesAsync(agentId: null, state: null).ToListAsync();

        Assert.Equal(["pc-any-1", "pc-any-2"], cases.Select(d => d.Document.PortCallId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListCasesAsync_ARowMarkedACaseOutsideTheIndex_NotListed()
    {
        // Listing reads the case index, not every version: a row that says it is a case without having gone through
        // TryUpdateAsync is not found, and the versions that never were cases are never read.
        await CommitAsync("pc-indexed", "AG-IX");
        var read = (await Store.GetAsync("pc-indexed", "arrival", "fal5", 1))!;
        await Store.TryUpdateAsync(Case(read, "pending", "out-1"));
        await CommitAsync("pc-unindexed", "AG-IX");
        var versions = Layout.Tables.GetTableClient(Layout.DocumentVersionsTable);
        var row = (await versions.QueryAsync<Azure.Data.Tables.TableEntity>(e => e.PartitionKey == "pc-unindexed").ToListAsync()).Single(e => e.RowKey.StartsWith("arrival|", StringComparison.Ordinal));
        row["IsCase"] = true;
        row["CaseOpenedAt"] = ReceivedAt;
        row["State"] = "pending";
        await versions.UpdateEntityAsync(row, row.ETag, Azure.Data.Tables.TableUpdateMode.Merge);

        var cases = await Store.ListCasesAsync("AG-IX", state: null).ToListAsync();

        Assert.Equal(["pc-indexed"], cases.Select(d => d.Document.PortCallId));
    }

    private static DeliveryRecord Case(DeliveryRecord read, string state, string outageId) => read with
    {
        Document = read.Document with { State = state },
        Attempts = [new DeliveryAttempt { Number = 1, Channel = "port-system", Outcome = "failed", StartedAt = ReceivedAt, Error = "timeout" }],
        CaseOpenedAt = ReceivedAt,
        OutageId = outageId,
    };

    private async Task<DocumentVersion> CommitAsync(string portCallId, string agentId, DateTimeOffset? receivedAt = null)
    {
        var commit = await new DocumentStore(Layout).CommitAsync(new DocumentSubmission
        {
            AgentId = agentId,
            PortCallId = portCallId,
            Direction = "arrival",
            Type = "fal5",
            Content = BinaryData.FromString("crew"),
            ContentType = "text/csv",
            Extension = "csv",
            Sha256 = "sha-crew",
            ReceivedAt = receivedAt ?? ReceivedAt,
        });
        return commit.Version!;
    }
}
