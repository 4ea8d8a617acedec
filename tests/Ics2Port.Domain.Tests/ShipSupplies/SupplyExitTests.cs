namespace Ics2Port.Domain.Tests.ShipSupplies;

using Ics2Port.Domain.ShipSupplies;
using Ics2Port.Domain.Tests.Builders;

public sealed class SupplyExitTests
{
    private static readonly LoadingProof FullProof = new()
    {
        ConfirmedBy = new ShipOfficer { Name = "Jānis Bērziņš", Rank = "Chief officer" },
        LoadedAt = "2026-11-24T10:00:00+02:00",
        Lines = [new LoadedLine { Line = 0, Quantity = 200m }],
    };

    // Seed 002: the goods have left only if "ir apliecinājums, ka tās ir iekrautas kuģī" and "eksporta deklarācija ir noformēta".
    [Fact]
    public void Of_ProofAndDeclarationReference_HasLeft_SUP_EXPORT()
    {
        var supply = new ShipSupplyBuilder().WithDeclarationReference("26LV000210EX001234").Build();

        var state = SupplyExit.Of(supply, FullProof);

        Assert.Empty(state.Missing);
        Assert.Empty(state.UnconfirmedLines);
        Assert.True(state.LeftCustomsTerritory);
    }

    [Fact]
    public void Of_NeitherProofNorReference_MissesBoth_SUP_EXPORT()
    {
        var state = SupplyExit.Of(new ShipSupplyBuilder().Build(), proof: null);

        Assert.Equal(["loading-proof", "declaration-reference"], state.Missing);
        Assert.False(state.LeftCustomsTerritory);
    }

    [Fact]
    public void Of_ProofWithoutReference_MissesTheReference_SUP_EXPORT()
    {
        var state = SupplyExit.Of(new ShipSupplyBuilder().Build(), FullProof);

        Assert.Equal(["declaration-reference"], state.Missing);
        Assert.False(state.LeftCustomsTerritory);
    }

    [Fact]
    public void Of_ReferenceWithoutProof_MissesTheProof_SUP_EXPORT()
    {
        var state = SupplyExit.Of(new ShipSupplyBuilder().WithDeclarationReference("26LV000210EX001234").Build(), proof: null);

        Assert.Equal(["loading-proof"], state.Missing);
        Assert.False(state.LeftCustomsTerritory);
    }

    [Fact]
    public void Of_ProofLeavingOutALineOrPartOfOne_NamesThoseLines()
    {
        var supply = new ShipSupplyBuilder().WithLines(new SupplyLineBuilder(), new SupplyLineBuilder(), new SupplyLineBuilder()).Build();
        var proof = FullProof with { Lines = [new LoadedLine { Line = 0, Quantity = 200m }, new LoadedLine { Line = 2, Quantity = 150m }] };

        var state = SupplyExit.Of(supply, proof);

        Assert.Equal([1, 2], state.UnconfirmedLines);
    }
}
