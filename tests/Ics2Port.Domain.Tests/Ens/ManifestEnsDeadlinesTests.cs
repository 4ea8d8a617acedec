namespace Ics2Port.Domain.Tests.Ens;

using Ics2Port.Domain.Ens;
using Ics2Port.Domain.Tests.Builders;

public sealed class ManifestEnsDeadlinesTests
{
    private static readonly DateTimeOffset Eta = new(2026, 11, 23, 6, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public void Of_GoodsLoadedInTheUnion_NotRequired_ENS_WHEN()
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithPortOfLoading("DEHAM")).Build();

        var deadline = ManifestEnsDeadlines.Of(manifest, Eta, "DEHAM").Single();

        Assert.Equal((false, "ENS-WHEN", (DateTimeOffset?)null), (deadline.Required, deadline.Rule, deadline.LatestLodging));
    }

    [Fact]
    public void Of_ExemptGoodsFromOutside_NotRequired_ENS_EXEMPT()
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithEnsMrn(null).WithEnsExemption("ships-stores")).Build();

        var deadline = ManifestEnsDeadlines.Of(manifest, Eta, "CNSHA").Single();

        Assert.Equal((false, "ENS-EXEMPT"), (deadline.Required, deadline.Rule));
    }

    [Fact]
    public void Of_BulkStraightFromOutside_FourHoursBeforeTheEta_ENS_SEA_BULK()
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithPortOfLoading("USNYC").WithCargoType("bulk")).Build();

        var deadline = ManifestEnsDeadlines.Of(manifest, Eta, "USNYC").Single();

        Assert.Equal((true, "ENS-SEA-BULK", (DateTimeOffset?)Eta.AddHours(-4)), (deadline.Required, deadline.Rule, deadline.LatestLodging));
    }

    [Fact]
    public void Of_BulkAfterAUnionPort_UndeterminedWithAProblem_ENS_SEA_BULK()
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithPortOfLoading("USNYC").WithCargoType("bulk")).Build();

        var deadline = ManifestEnsDeadlines.Of(manifest, Eta, "SEGOT").Single();

        Assert.Equal((true, "ENS-SEA-BULK", (DateTimeOffset?)null), (deadline.Required, deadline.Rule, deadline.LatestLodging));
        Assert.NotNull(deadline.Problem);
    }
}
