using Azure;
using Ics2Port.Storage.Outages;
using Ics2Port.Testing;

namespace Ics2Port.Storage.Tests.Outages;

[Collection("azurite")]
public sealed class OutageStoreTests(AzuriteFixture azurite) : StoreTests<OutageStore>(azurite, "outages", layout => new OutageStore(layout))
{
    [Fact]
    public async Task GetStatusAsync_NothingRecorded_Initial()
    {
        var status = await Store.GetStatusAsync();

        Assert.Same(PortSystemStatusRecord.Initial, status);
    }

    [Fact]
    public async Task TrySaveStatusAsync_NeverWritten_CreatesTheRowReadBackWithItsETag()
    {
        var outage = Outage("out-1");
        var status = new PortSystemStatusRecord { Available = false, Since = ReceivedAt, Outage = outage, ConsecutiveFailures = 3, LastFailure = "timeout" };

        var saved = await Store.TrySaveStatusAsync(status);

        Assert.NotEqual(default, saved!.ETag);
        Assert.Equal(saved, await Store.GetStatusAsync());
    }

    [Fact]
    public async Task TrySaveStatusAsync_CreatedMeanwhile_NullAndTheFirstWriteStays()
    {
        var first = await Store.TrySaveStatusAsync(Available(failures: 1));

        var second = await Store.TrySaveStatusAsync(Available(failures: 2));

        Assert.Equal((null, first), (second, await Store.GetStatusAsync()));
    }

    [Fact]
    public async Task TrySaveStatusAsync_StaleETag_NullAndTheNewerWriteStays()
    {
        var read = (await Store.TrySaveStatusAsync(Available(failures: 1)))!;
        var newer = await Store.TrySaveStatusAsync(read with { ConsecutiveFailures = 2 });

        var stale = await Store.TrySaveStatusAsync(read with { ConsecutiveFailures = 5 });

        Assert.Equal((null, newer), (stale, await Store.GetStatusAsync()));
    }

    [Fact]
    public async Task TrySaveStatusAsync_ClearingTheOutage_ReadsBackWithoutIt()
    {
        var open = (await Store.TrySaveStatusAsync(new PortSystemStatusRecord { Available = false, Since = ReceivedAt, Outage = Outage("out-closed") }))!;

        var restored = await Store.TrySaveStatusAsync(open with { Available = true, Since = ReceivedAt.AddHours(1), Outage = null });

        Assert.Equal((restored, null), (await Store.GetStatusAsync(), (await Store.GetStatusAsync()).Outage));
    }

    [Fact]
    public async Task SaveOutageAsync_Again_ReplacesTheHistoryRow()
    {
        await Store.SaveOutageAsync(Outage("out-replaced") with { RestoredBy = "probe", Message = "first" });
        var restored = Outage("out-replaced") with { RestoredAt = ReceivedAt.AddHours(2), RestoredBy = "authority" };

        await Store.SaveOutageAsync(restored);

        Assert.Equal(restored, (await Store.GetOutageAsync("out-replaced"))! with { ETag = default });
    }

    [Theory]
    [InlineData("out-missing")]
    [InlineData("out/slash")]
    public async Task GetOutageAsync_Unknown_Null(string outageId)
    {
        var outage = await Store.GetOutageAsync(outageId);

        Assert.Null(outage);
    }

    [Fact]
    public async Task ListOutagesAsync_MoreThanOnePageBesideTheStatusRow_EveryOutageOldestFirst()
    {
        await Store.TrySaveStatusAsync(Available(failures: 0));
        var ids = new[] { "out-c", "out-a", "out-e", "out-b", "out-d" };
        for (var i = 0; i < ids.Length; i++)
        {
            await Store.SaveOutageAsync(Outage(ids[i]) with { OpenedAt = ReceivedAt.AddMinutes(i) });
        }

        var outages = await Store.ListOutagesAsync().ToListAsync();

        Assert.Equal(ids, outages.Select(o => o.OutageId));
        Assert.All(outages, o => Assert.NotEqual(default(ETag), o.ETag));
    }

    private static PortSystemStatusRecord Available(int failures) => new() { Available = true, Since = ReceivedAt, ConsecutiveFailures = failures };

    private static OutageRecord Outage(string outageId) => new()
    {
        OutageId = outageId,
        Source = "helpdesk",
        AnnouncedAt = ReceivedAt.AddMinutes(-5),
        Message = "Port system maintenance",
        OpenedAt = ReceivedAt,
    };
}
