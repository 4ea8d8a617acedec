using Ics2Port.Storage.Idempotency;
using Ics2Port.Testing;

namespace Ics2Port.Storage.Tests.Idempotency;

[Collection("azurite")]
public sealed class IdempotencyStoreTests(AzuriteFixture azurite) : StoreTests<IdempotencyStore>(azurite, "idempotency", layout => new IdempotencyStore(layout))
{
    [Fact]
    public async Task ReserveAsync_FreeKey_TheCandidateWinsAndCanBeFound()
    {
        var candidate = Candidate("key-free", "pm-1");

        var reserved = await Store.ReserveAsync(candidate);

        Assert.Equal((candidate, candidate), (reserved, await Store.FindAsync("agent:AG-A", "permits:pc-1", "key-free")));
    }

    [Fact]
    public async Task ReserveAsync_KeyTaken_TheFirstRecord()
    {
        var first = await Store.ReserveAsync(Candidate("key-taken", "pm-1"));

        var second = await Store.ReserveAsync(Candidate("key-taken", "pm-2") with { RequestSha256 = "other", ReceivedAt = first.ReceivedAt.AddMinutes(1) });

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task ReserveAsync_SameKeyOfAnotherOwnerOrScope_SeparateRecords()
    {
        await Store.ReserveAsync(Candidate("key-shared", "pm-1"));

        var otherOwner = await Store.ReserveAsync(Candidate("key-shared", "pm-2") with { Owner = "agent:AG-B" });
        var otherScope = await Store.ReserveAsync(Candidate("key-shared", "pm-3") with { Scope = "permits:pc-2" });

        Assert.Equal(("pm-2", "pm-3"), (otherOwner.ResourceId, otherScope.ResourceId));
    }

    [Fact]
    public async Task ReserveAsync_KeyWithCharactersNoRowKeyMayHave_Reserved()
    {
        var candidate = Candidate("a/b\\c#d?e'f\u0001", "pm-odd");

        var reserved = await Store.ReserveAsync(candidate);

        Assert.Equal((candidate, candidate), (reserved, await Store.FindAsync(candidate.Owner, candidate.Scope, candidate.Key)));
    }

    [Fact]
    public async Task FindAsync_UnknownKey_Null()
    {
        var found = await Store.FindAsync("agent:AG-A", "permits:pc-1", "key-unknown");

        Assert.Null(found);
    }

    private static IdempotencyRecord Candidate(string key, string resourceId) => new()
    {
        Owner = "agent:AG-A",
        Scope = "permits:pc-1",
        Key = key,
        RequestSha256 = "sha-request",
        ResourceId = resourceId,
        ReceivedAt = ReceivedAt,
    };
}
