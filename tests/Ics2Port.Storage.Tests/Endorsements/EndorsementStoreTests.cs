using Ics2Port.Storage.Endorsements;
using Ics2Port.Testing;

namespace Ics2Port.Storage.Tests.Endorsements;

[Collection("azurite")]
public sealed class EndorsementStoreTests(AzuriteFixture azurite) : StoreTests<EndorsementStore>(azurite, "endorsements", layout => new EndorsementStore(layout))
{
    [Fact]
    public async Task CreateAsync_NewVersion_StoresIt()
    {
        var (created, endorsement) = await Store.CreateAsync(Endorsement("pc-1", 1, "first"));

        Assert.True(created);
        Assert.Equal(endorsement, await Store.FindAsync("pc-1", "departure", 1));
    }

    [Fact]
    public async Task CreateAsync_VersionEndorsedBefore_NotCreatedAndTheFirstStands()
    {
        await Store.CreateAsync(Endorsement("pc-2", 1, "first"));

        var (created, endorsement) = await Store.CreateAsync(Endorsement("pc-2", 1, "second"));

        Assert.Equal((false, "first"), (created, endorsement.Reference));
        Assert.Equal("first", (await Store.FindAsync("pc-2", "departure", 1))!.Reference);
    }

    [Fact]
    public async Task ListAsync_SeveralPortCalls_OnlyTheOneAskedInVersionOrder()
    {
        await Store.CreateAsync(Endorsement("pc-3", 2, "v2"));
        await Store.CreateAsync(Endorsement("pc-3", 1, "v1"));
        await Store.CreateAsync(Endorsement("pc-4", 1, "other"));
        await Store.CreateAsync(Endorsement("pc-3", 3, "v3"));

        var listed = new List<string?>();
        await foreach (var endorsement in Store.ListAsync("pc-3"))
        {
            listed.Add(endorsement.Reference);
        }

        Assert.Equal(["v1", "v2", "v3"], listed);
    }

    [Fact]
    public async Task FindAsync_NeverEndorsed_Null()
    {
        var found = await Store.FindAsync("pc-5", "departure", 1);

        Assert.Null(found);
    }

    private static EndorsementRecord Endorsement(string portCallId, int version, string reference) => new()
    {
        PortCallId = portCallId,
        Direction = "departure",
        Version = version,
        Sha256 = "sha-" + version,
        EndorsedBy = "customs:0210",
        Office = "0210",
        EndorsedAt = ReceivedAt,
        Reference = reference,
    };
}
