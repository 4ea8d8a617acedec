using Ics2Port.Storage.PortCalls;
using Ics2Port.Testing;

namespace Ics2Port.Storage.Tests.PortCalls;

[Collection("azurite")]
public sealed class PortCallStoreTests(AzuriteFixture azurite) : StoreTests<PortCallStore>(azurite, "portcalls", layout => new PortCallStore(layout))
{
    [Fact]
    public async Task CreateAsync_SameRecordTwice_StoredOnce()
    {
        var record = Record("pc-twice", "AG-A");
        await Store.CreateAsync(record);

        await Store.CreateAsync(record);

        Assert.Equal([record], await Store.ListAsync("AG-A", imoNumber: null, port: null).ToListAsync());
    }

    [Fact]
    public async Task CreateAsync_IdOfAnotherAgent_ThrowsAndLeavesTheFirst()
    {
        var first = Record("pc-taken", "AG-A");
        await Store.CreateAsync(first);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.CreateAsync(Record("pc-taken", "AG-B")));

        Assert.Equal((first, null), (await Store.FindAsync("pc-taken", agentId: null), await Store.FindAsync("pc-taken", "AG-B")));
    }

    [Fact]
    public async Task FindAsync_WithoutAgent_FindsTheOwnersPortCall()
    {
        var record = Record("pc-find", "AG-A");
        await Store.CreateAsync(record);

        var found = await Store.FindAsync("pc-find", agentId: null);

        Assert.Equal(record, found);
    }

    [Theory]
    [InlineData("pc-missing", null)]
    [InlineData("pc-missing", "AG-A")]
    [InlineData("pc/slash", null)]
    [InlineData("", null)]
    public async Task FindAsync_UnknownOrInvalidId_Null(string portCallId, string? agentId)
    {
        var found = await Store.FindAsync(portCallId, agentId);

        Assert.Null(found);
    }

    [Fact]
    public async Task ListAsync_MoreThanOnePage_ListsEveryPortCallOfTheAgent()
    {
        var records = Enumerable.Range(1, (PageSize * 2) + 1).Select(i => Record($"pc-page-{i}", "AG-PAGES")).ToList();
        foreach (var record in records)
        {
            await Store.CreateAsync(record);
        }

        var listed = await Store.ListAsync("AG-PAGES", imoNumber: null, port: null).ToListAsync();

        Assert.Equal(records.Select(r => r.PortCallId).Order(StringComparer.Ordinal), listed.Select(r => r.PortCallId));
    }

    [Fact]
    public async Task ListAsync_ValuesWithQuotes_MatchesExactlyThoseValues()
    {
        await Store.CreateAsync(Record("pc-quote-1", "AG-O'BRIEN") with { ImoNumber = "9'074729", Port = "LV'RIX" });
        await Store.CreateAsync(Record("pc-quote-2", "AG-O'BRIEN") with { ImoNumber = "9074729", Port = "LV'RIX" });
        await Store.CreateAsync(Record("pc-quote-3", "AG-O") with { ImoNumber = "9'074729", Port = "LV'RIX" });

        var listed = await Store.ListAsync("AG-O'BRIEN", "9'074729", "LV'RIX").ToListAsync();

        Assert.Equal(["pc-quote-1"], listed.Select(r => r.PortCallId));
    }

    [Fact]
    public async Task ListAsync_NoConditions_ListsEveryAgentsPortCalls()
    {
        await Store.CreateAsync(Record("pc-all-1", "AG-ALL-A"));
        await Store.CreateAsync(Record("pc-all-2", "AG-ALL-B"));

        var listed = await Store.ListAsync(agentId: null, imoNumber: null, port: null).ToListAsync();

        Assert.Superset(new HashSet<string> { "pc-all-1", "pc-all-2" }, listed.Select(r => r.PortCallId).ToHashSet());
    }

    private static PortCallRecord Record(string portCallId, string agentId) => new()
    {
        PortCallId = portCallId,
        AgentId = agentId,
        ImoNumber = "9074729",
        Port = "LVRIX",
        RequestJson = """{"port":"LVRIX"}""",
        CreatedAt = new DateTimeOffset(2026, 3, 2, 9, 15, 27, 123, TimeSpan.Zero),
    };
}
