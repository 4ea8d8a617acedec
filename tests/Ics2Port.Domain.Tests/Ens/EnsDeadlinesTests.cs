namespace Ics2Port.Domain.Tests.Ens;

using System.Globalization;
using Ics2Port.Domain.Ens;

public sealed class EnsDeadlinesTests
{
    [Theory]
    [InlineData("CNSHA", "2026-11-01T10:00+08:00", "2026-10-31T10:00+08:00")]
    [InlineData("USNYC", "2026-03-09T01:30-04:00", "2026-03-08T01:30-04:00")]
    [InlineData("FRBOD", "2026-11-20T08:00+01:00", "2026-11-19T08:00+01:00")]
    [InlineData("IMDGS", "2026-11-20T08:00+00:00", "2026-11-19T08:00+00:00")]
    public void Latest_ContainerFromOceanPort_24HoursBeforeLoading_EnsSeaContainer(string port, string loading, string expected)
    {
        var consignment = Ocean(SeaCargoType.Container, port) with { LoadingTime = At(loading), PortOfLoadingSeaArea = port == "FRBOD" ? SeaArea.Other : null };

        var deadline = EnsDeadlines.Latest(consignment);

        Assert.Equal(("ENS-SEA-CONTAINER", expected), (deadline.Rule, Format(deadline.LatestLodging)));
    }

    [Theory]
    [InlineData(SeaCargoType.Bulk, "BRSSZ", "2026-11-23T06:00+02:00", "2026-11-23T02:00+02:00")]
    [InlineData(SeaCargoType.BreakBulk, "CAHAL", "2026-11-23T01:00+02:00", "2026-11-22T21:00+02:00")]
    [InlineData(SeaCargoType.RoRo, "USBAL", "2026-03-29T05:00+03:00", "2026-03-29T01:00+03:00")]
    public void Latest_BulkBreakBulkOrRoRoFromOceanPort_4HoursBeforeArrival_EnsSeaBulk(SeaCargoType cargoType, string port, string arrival, string expected)
    {
        var consignment = Ocean(cargoType, port) with { ArrivalAtFirstPort = At(arrival) };

        var deadline = EnsDeadlines.Latest(consignment);

        Assert.Equal(("ENS-SEA-BULK", expected), (deadline.Rule, Format(deadline.LatestLodging)));
    }

    [Theory]
    [InlineData(SeaCargoType.Container, "GLGOH", null)]
    [InlineData(SeaCargoType.Container, "FOTHO", null)]
    [InlineData(SeaCargoType.Bulk, "ISREY", null)]
    [InlineData(SeaCargoType.Container, "MACAS", null)]
    [InlineData(SeaCargoType.Container, "DEHAM", null)]
    [InlineData(SeaCargoType.BreakBulk, "PLGDN", null)]
    [InlineData(SeaCargoType.Container, "UAODS", null)]
    [InlineData(SeaCargoType.Container, "TRIST", null)]
    [InlineData(SeaCargoType.RoRo, "ITGOA", null)]
    [InlineData(SeaCargoType.Container, "JESTH", null)]
    [InlineData(SeaCargoType.RoRo, "GGSPT", null)]
    [InlineData(SeaCargoType.Container, "FRMRS", SeaArea.Mediterranean)]
    [InlineData(SeaCargoType.Container, "GBFXT", SeaArea.NorthSea)]
    [InlineData(SeaCargoType.Bulk, "RUULU", SeaArea.Baltic)]
    public void Latest_FromShortSeaOrigin_2HoursBeforeArrival_EnsSeaShort(SeaCargoType cargoType, string port, SeaArea? area)
    {
        var consignment = Ocean(cargoType, port) with { PortOfLoadingSeaArea = area, ArrivalAtFirstPort = At("2026-11-23T06:00+02:00") };

        var deadline = EnsDeadlines.Latest(consignment);

        Assert.Equal(("ENS-SEA-SHORT", "2026-11-23T04:00+02:00"), (deadline.Rule, Format(deadline.LatestLodging)));
    }

    [Fact]
    public void Latest_ExplicitOtherSeaForMixedCountry_NotShortSea_EnsSeaBulk()
    {
        var consignment = Ocean(SeaCargoType.Bulk, "ESVGO") with { PortOfLoadingSeaArea = SeaArea.Other };

        var deadline = EnsDeadlines.Latest(consignment);

        Assert.Equal(("ENS-SEA-BULK", "2026-11-23T02:00+02:00"), (deadline.Rule, Format(deadline.LatestLodging)));
    }

    [Theory]
    [InlineData(SeaCargoType.Container, "SNDKR", 20, "2026-07-10T14:00+01:00", "2026-07-10T12:00+01:00")]
    [InlineData(SeaCargoType.Bulk, "MRNDB", 23.99, "2026-07-10T00:30+00:00", "2026-07-09T22:30+00:00")]
    public void Latest_OutermostRouteUnder24Hours_2HoursBeforeArrival_EnsSeaOutermost(SeaCargoType cargoType, string port, double voyageHours, string arrival, string expected)
    {
        var consignment = Ocean(cargoType, port) with
        {
            OutermostRegionRoute = true,
            VoyageDuration = TimeSpan.FromHours(voyageHours),
            ArrivalAtFirstPort = At(arrival),
        };

        var deadline = EnsDeadlines.Latest(consignment);

        Assert.Equal(("ENS-SEA-OUTERMOST", expected), (deadline.Rule, Format(deadline.LatestLodging)));
    }

    [Fact]
    public void Latest_OutermostRouteOf24Hours_FallsBackToCargoType_EnsSeaContainer()
    {
        var consignment = Ocean(SeaCargoType.Container, "SNDKR") with { OutermostRegionRoute = true, VoyageDuration = TimeSpan.FromHours(24) };

        var deadline = EnsDeadlines.Latest(consignment);

        Assert.Equal(("ENS-SEA-CONTAINER", "2026-11-19T08:00+01:00"), (deadline.Rule, Format(deadline.LatestLodging)));
    }

    [Fact]
    public void Latest_BulkOnOutermostRouteOf24Hours_FallsBackToCargoType_EnsSeaBulk()
    {
        var consignment = Ocean(SeaCargoType.Bulk, "SNDKR") with { OutermostRegionRoute = true, VoyageDuration = TimeSpan.FromHours(30) };

        var deadline = EnsDeadlines.Latest(consignment);

        Assert.Equal(("ENS-SEA-BULK", "2026-11-23T02:00+02:00"), (deadline.Rule, Format(deadline.LatestLodging)));
    }

    [Fact]
    public void Latest_ShortVoyageNotOnOutermostRoute_FollowsCargoType_EnsSeaContainer()
    {
        var consignment = Ocean(SeaCargoType.Container, "SNDKR") with { OutermostRegionRoute = false, VoyageDuration = TimeSpan.FromHours(10) };

        var deadline = EnsDeadlines.Latest(consignment);

        Assert.Equal(("ENS-SEA-CONTAINER", "2026-11-19T08:00+01:00"), (deadline.Rule, Format(deadline.LatestLodging)));
    }

    [Fact]
    public void Latest_OutermostRouteFromMorocco_ShortSeaWins_EnsSeaShort()
    {
        var consignment = Ocean(SeaCargoType.Container, "MAAGA") with { OutermostRegionRoute = true, VoyageDuration = TimeSpan.FromHours(12) };

        var deadline = EnsDeadlines.Latest(consignment);

        Assert.Equal(("ENS-SEA-SHORT", "2026-11-23T04:00+02:00"), (deadline.Rule, Format(deadline.LatestLodging)));
    }

    [Theory]
    [InlineData(SeaCargoType.Container, "CNSHA")]
    [InlineData(SeaCargoType.Bulk, "DEHAM")]
    public void Latest_ForceMajeure_NoDeadline_EnsForceMajeure(SeaCargoType cargoType, string port)
    {
        var consignment = Ocean(cargoType, port) with { ForceMajeure = true };

        var deadline = EnsDeadlines.Latest(consignment);

        Assert.Equal(("ENS-FORCE-MAJEURE", null, true), (deadline.Rule, deadline.LatestLodging, deadline.IsDetermined));
    }

    [Theory]
    [InlineData("FRLEH")]
    [InlineData("ESALG")]
    [InlineData("GBSOU")]
    [InlineData("NOOSL")]
    [InlineData("RULED")]
    [InlineData("EGPSD")]
    public void Latest_MixedCoastCountryWithoutSeaArea_UndeterminedRequired(string port)
    {
        var consignment = Ocean(SeaCargoType.Container, port);

        var deadline = EnsDeadlines.Latest(consignment);

        Assert.Equal(("REQUIRED", false), (deadline.Rule, deadline.IsDetermined));
        Assert.Contains(port, deadline.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Latest_ContainerWithoutLoadingTime_UndeterminedEnsSeaContainer()
    {
        var consignment = Ocean(SeaCargoType.Container, "CNSHA") with { LoadingTime = null };

        var deadline = EnsDeadlines.Latest(consignment);

        Assert.Equal(("ENS-SEA-CONTAINER", null, false), (deadline.Rule, deadline.LatestLodging, deadline.IsDetermined));
    }

    [Fact]
    public void Latest_ShortSeaWithoutArrival_UndeterminedEnsSeaShort()
    {
        var consignment = Ocean(SeaCargoType.Container, "SEGOT") with { ArrivalAtFirstPort = null };

        var deadline = EnsDeadlines.Latest(consignment);

        Assert.Equal(("ENS-SEA-SHORT", null, false), (deadline.Rule, deadline.LatestLodging, deadline.IsDetermined));
    }

    [Fact]
    public void Latest_WithoutCargoType_UndeterminedRequired()
    {
        var consignment = Ocean(SeaCargoType.Container, "CNSHA") with { CargoType = null };

        var deadline = EnsDeadlines.Latest(consignment);

        Assert.Equal(("REQUIRED", false), (deadline.Rule, deadline.IsDetermined));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("SHANGHAI")]
    public void Latest_WithoutUsablePortOfLoading_UndeterminedRequired(string? port)
    {
        var consignment = Ocean(SeaCargoType.Container, "CNSHA") with { PortOfLoading = port };

        var deadline = EnsDeadlines.Latest(consignment);

        Assert.Equal(("REQUIRED", false), (deadline.Rule, deadline.IsDetermined));
    }

    [Fact]
    public void Latest_OutermostRouteWithoutVoyageDuration_UndeterminedRequired()
    {
        var consignment = Ocean(SeaCargoType.Container, "SNDKR") with { OutermostRegionRoute = true };

        var deadline = EnsDeadlines.Latest(consignment);

        Assert.Equal(("REQUIRED", false), (deadline.Rule, deadline.IsDetermined));
    }

    private static SeaConsignment Ocean(SeaCargoType cargoType, string port) => new()
    {
        CargoType = cargoType,
        PortOfLoading = port,
        LoadingTime = At("2026-11-20T08:00+01:00"),
        ArrivalAtFirstPort = At("2026-11-23T06:00+02:00"),
    };

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    private static string? Format(DateTimeOffset? time) =>
        time?.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);
}
