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

    private Task<PermitRecord> CreateAsync(string permitId, string body, string sha256) =>
        Store.CreateAsync(permitId, "AG-A", "pc-1", BinaryData.FromString(body), sha256, ReceivedAt);
}
