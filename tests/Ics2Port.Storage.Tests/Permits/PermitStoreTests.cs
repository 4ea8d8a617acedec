using Ics2Port.Storage.Permits;
using Ics2Port.Testing;

namespace Ics2Port.Storage.Tests.Permits;

[Collection("azurite")]
public sealed class PermitStoreTests(AzuriteFixture azurite) : StoreTests<PermitStore>(azurite, "permits", layout => new PermitStore(layout))
{
    [Fact]
    public async Task CreateAsync_NewPermit_StoresTheRecordAndItsBody()
    {
        var created = await CreateAsync("pm-new", """{"berth":"12"}""", "sha-new");

        Assert.Equal(
            (created, """{"berth":"12"}""", "AG-A/pc-1/pm-new.json", PermitStore.AcceptedState),
            (await Store.FindAsync("pm-new", "AG-A"), (await Store.ReadContentAsync(created)).ToString(), created.BlobName, created.State));
    }

    [Fact]
    public async Task CreateAsync_WithOutline_TheRowKeepsItForFindAndTheWorklist()
    {
        var outline = new PermitOutline { Operation = "loading", Berth = "RIX-KS-12", HsCodes = ["440711", "4407"], PlannedStart = "2026-11-24T08:00:00+02:00" };
        await Store.AwaitDecisionAsync("LVRIX", "pm-outlined");

        var created = await Store.CreateAsync("pm-outlined", "AG-A", "pc-1", BinaryData.FromString("{}"), "sha-outlined", ReceivedAt, outline);

        Assert.Equal(outline, created.Outline);
        Assert.Equal(outline, (await Store.FindAsync("pm-outlined", "AG-A"))!.Outline);
        Assert.Equal(outline, Assert.Single(await Store.ListUndecidedAsync("LVRIX")).Outline);
    }

    [Fact]
    public async Task CreateAsync_OutlineWithoutHsCodesOrPlannedStart_ReadAsStored()
    {
        // Empty containers only, and no planned start.
        var outline = new PermitOutline { Operation = "unloading", Berth = "VNT-7", HsCodes = [] };

        await Store.CreateAsync("pm-empties", "AG-A", "pc-1", BinaryData.FromString("{}"), "sha-empties", ReceivedAt, outline);

        Assert.Equal(outline, (await Store.FindAsync("pm-empties", "AG-A"))!.Outline);
    }

    [Fact]
    public async Task CreateAsync_WithoutOutline_ReadWithoutOne()
    {
        await CreateAsync("pm-plain", "{}", "sha-plain");

        Assert.Null((await Store.FindAsync("pm-plain", "AG-A"))!.Outline);
    }

    [Fact]
    public async Task CreateAsync_SameBodyAgain_TheFirstRecord()
    {
        var first = await CreateAsync("pm-again", """{"berth":"12"}""", "sha-again");

        var again = await Store.CreateAsync("pm-again", "AG-A", "pc-1", BinaryData.FromString("""{"berth":"12"}"""), "sha-again", ReceivedAt.AddMinutes(5));

        Assert.Equal(first, again);
    }

    [Fact]
    public async Task CreateAsync_IdHoldingAnotherBody_ThrowsAndKeepsTheFirstBody()
    {
        var first = await CreateAsync("pm-taken", """{"berth":"12"}""", "sha-first");

        await Assert.ThrowsAsync<InvalidOperationException>(() => CreateAsync("pm-taken", """{"berth":"13"}""", "sha-second"));

        Assert.Equal("""{"berth":"12"}""", (await Store.ReadContentAsync(first)).ToString());
    }

    [Theory]
    [InlineData("pm-missing", null)]
    [InlineData("pm-owned", "AG-B")]
    [InlineData("pm?query", null)]
    public async Task FindAsync_UnknownIdOrOtherAgent_Null(string permitId, string? agentId)
    {
        await CreateAsync("pm-owned", "{}", "sha-owned");

        var found = await Store.FindAsync(permitId, agentId);

        Assert.Null(found);
    }

    [Fact]
    public async Task ReadContentAsync_BodyMissing_Throws()
    {
        var record = new PermitRecord
        {
            PermitId = "pm-ghost",
            AgentId = "AG-A",
            PortCallId = "pc-1",
            Sha256 = "sha-ghost",
            BlobName = "AG-A/pc-1/pm-ghost.json",
            ReceivedAt = ReceivedAt,
            State = PermitStore.AcceptedState,
        };

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.ReadContentAsync(record));
    }

    [Fact]
    public async Task DecideAsync_Undecided_RecordsTheDecisionOnTheStoredPermit()
    {
        await CreateAsync("pm-decide", "{}", "sha-decide");

        var (outcome, decided) = await Store.DecideAsync("pm-decide", Granted("0210-0001"));

        Assert.Equal(PermitDecisionOutcome.Recorded, outcome);
        Assert.Equal(Granted("0210-0001"), decided!.Decision);
        Assert.Equal(decided, await Store.FindAsync("pm-decide", "AG-A"));
    }

    [Fact]
    public async Task DecideAsync_DecidedBefore_AlreadyDecidedAndTheFirstDecisionStays()
    {
        await CreateAsync("pm-twice", "{}", "sha-twice");
        await Store.DecideAsync("pm-twice", Granted("0210-0001"));

        var (outcome, existing) = await Store.DecideAsync("pm-twice", Granted("0210-0002"));

        Assert.Equal((PermitDecisionOutcome.AlreadyDecided, "0210-0001"), (outcome, existing!.Decision!.PermitNumber));
        Assert.Equal("0210-0001", (await Store.FindAsync("pm-twice", null))!.Decision!.PermitNumber);
    }

    [Fact]
    public async Task DecideAsync_TwoDecidersAtOnce_ExactlyOneRecorded()
    {
        await CreateAsync("pm-race", "{}", "sha-race");

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => Store.DecideAsync("pm-race", Granted($"0210-000{i}"))));

        Assert.Single(outcomes, result => result.Outcome == PermitDecisionOutcome.Recorded);
        var recorded = outcomes.Single(result => result.Outcome == PermitDecisionOutcome.Recorded).Permit!.Decision!.PermitNumber;
        Assert.Equal(recorded, (await Store.FindAsync("pm-race", null))!.Decision!.PermitNumber);
    }

    [Fact]
    public async Task DecideAsync_UnknownPermit_NotFound()
    {
        var (outcome, permit) = await Store.DecideAsync("pm-nobody", Granted("0210-0001"));

        Assert.Equal((PermitDecisionOutcome.NotFound, null), (outcome, permit));
    }

    [Fact]
    public async Task ListByPortCallAsync_PermitsOfSeveralPortCalls_OnlyThoseOfTheOneAsked()
    {
        await CreateAsync("pm-list-1", "{}", "sha-list-1");
        await Store.CreateAsync("pm-list-2", "AG-A", "pc-other", BinaryData.FromString("{}"), "sha-list-2", ReceivedAt);

        var listed = new List<string>();
        await foreach (var permit in Store.ListByPortCallAsync("pc-other"))
        {
            listed.Add(permit.PermitId);
        }

        Assert.Equal(["pm-list-2"], listed);
    }

    [Fact]
    public async Task ListByPortCallAsync_PermitsOfOtherPortCallsInTheTable_ReadOnlyThePortCallsOwnList()
    {
        // The list is the port call's own: a permit of another port call is never read, and an id listed whose
        // permit row never came is no permit.
        await Store.CreateAsync("pm-own-1", "AG-A", "pc-own", BinaryData.FromString("{}"), "sha-own-1", ReceivedAt.AddMinutes(1));
        await Store.CreateAsync("pm-own-2", "AG-A", "pc-own", BinaryData.FromString("{}"), "sha-own-2", ReceivedAt);
        await Store.CreateAsync("pm-else", "AG-A", "pc-else", BinaryData.FromString("{}"), "sha-else", ReceivedAt);
        var table = Layout.Tables.GetTableClient(Layout.PermitsTable);
        await table.AddEntityAsync(new Azure.Data.Tables.TableEntity("port-call|pc-own", "pm-never-stored"));

        var listed = new List<string>();
        await foreach (var permit in Store.ListByPortCallAsync("pc-own"))
        {
            listed.Add(permit.PermitId);
        }

        Assert.Equal(["pm-own-2", "pm-own-1"], listed);
    }

    private static PermitDecision Granted(string number) =>
        new() { Outcome = "granted", PermitNumber = number, DecidedAt = ReceivedAt.AddHours(1), DecidedBy = "customs:0210", Office = "0210" };

    private Task<PermitRecord> CreateAsync(string permitId, string body, string sha256) =>
        Store.CreateAsync(permitId, "AG-A", "pc-1", BinaryData.FromString(body), sha256, ReceivedAt);
}
