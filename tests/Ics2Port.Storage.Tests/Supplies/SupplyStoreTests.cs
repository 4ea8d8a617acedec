using System.Security.Cryptography;
using System.Text;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Supplies;
using Ics2Port.Testing;

namespace Ics2Port.Storage.Tests.Supplies;

[Collection("azurite")]
public sealed class SupplyStoreTests(AzuriteFixture azurite) : StoreTests<SupplyStore>(azurite, "supplies", layout => new SupplyStore(layout))
{
    [Fact]
    public async Task CommitAsync_SupplyAndItsProof_KeptApartAsVersionsOfTheirOwn()
    {
        await CommitAsync(SupplyStore.Supply, "sp-1", """{"v":1}""");
        await CommitAsync(SupplyStore.Supply, "sp-1", """{"v":2}""");
        var proof = await CommitAsync(SupplyStore.Loading, "sp-1", """{"lines":[]}""");

        var latestSupply = await Store.GetLatestAsync("pc-1", SupplyStore.Supply, "sp-1");
        var latestProof = await Store.GetLatestAsync("pc-1", SupplyStore.Loading, "sp-1");

        Assert.Equal((2, "SU-A", """{"v":2}"""), (latestSupply!.Version, latestSupply.AgentId, (await Store.ReadContentAsync(latestSupply)).ToString()));
        Assert.Equal((1, proof.Version!.Sha256), (latestProof!.Version, latestProof.Sha256));
        Assert.Equal($"SU-A/pc-1/supply/sp-1/{latestSupply.Sha256}.json", latestSupply.BlobName);
    }

    [Fact]
    public async Task GetLatestVersionsAsync_SuppliesOfOnePortCall_TheLatestOfEachAndNothingOfOthers()
    {
        await CommitAsync(SupplyStore.Supply, "sp-a", """{"v":1}""");
        await CommitAsync(SupplyStore.Supply, "sp-a", """{"v":2}""");
        await CommitAsync(SupplyStore.Supply, "sp-b", """{"v":1}""");
        await CommitAsync(SupplyStore.Loading, "sp-b", """{"p":1}""");
        await CommitAsync(SupplyStore.Supply, "sp-c", """{"v":1}""", portCallId: "pc-2");

        var latest = await Store.GetLatestVersionsAsync("pc-1");

        Assert.Equal(
            [("loading", "sp-b", 1), ("supply", "sp-a", 2), ("supply", "sp-b", 1)],
            latest.Select(version => (version.Direction, version.Type, version.Version)).Order());
    }

    [Fact]
    public async Task CommitAsync_DocumentsTable_Untouched()
    {
        await CommitAsync(SupplyStore.Supply, "sp-only", "{}");

        var documents = await new DocumentStore(Layout).GetLatestVersionsAsync("pc-1");

        Assert.Empty(documents);
    }

    private Task<DocumentCommit> CommitAsync(string kind, string supplyId, string body, string portCallId = "pc-1") =>
        Store.CommitAsync(new DocumentSubmission
        {
            AgentId = "SU-A",
            PortCallId = portCallId,
            Direction = kind,
            Type = supplyId,
            Content = BinaryData.FromString(body),
            ContentType = "application/json",
            Extension = "json",
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))),
            ReceivedAt = ReceivedAt,
        });
}
