namespace Ics2Port.Domain.Tests.Permits;

using Ics2Port.Domain.Common;
using Ics2Port.Domain.Permits;
using Ics2Port.Domain.Tests.Builders;

/// <summary>Seed 003, chapter 9: empty containers' HS heading, the port in one normal form, and the permit's time windows.</summary>
public sealed class PermitEdgeCaseTests
{
    private static readonly DateTimeOffset Applied = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("8609")]
    [InlineData("86090000")]
    public void ValidatePermit_EmptyContainerWithHeading8609_ReportsNothing_HS_REQUIRED(string hsCode)
    {
        var application = new PermitApplicationBuilder().WithItems(PermitItemBuilder.EmptyContainer().WithHsCode(hsCode)).Build();

        var report = Validate(application);

        Assert.Equal((0, 0), (report.Errors.Count, report.Warnings.Count));
    }

    [Fact]
    public void ValidatePermit_EmptyContainerWithAnotherHeading_ReportsConsistency_HS_REQUIRED()
    {
        var application = new PermitApplicationBuilder().WithItems(PermitItemBuilder.EmptyContainer().WithHsCode("7309")).Build();

        var report = Validate(application);

        Assert.Equal([("/items/0/hsCode", "CONSISTENCY")], Errors(report));
    }

    [Fact]
    public void ValidatePermit_EmptyContainerWithoutHsCode_WarnsHsRequired_HS_REQUIRED()
    {
        var application = new PermitApplicationBuilder().WithItems(PermitItemBuilder.EmptyContainer().WithHsCode(null)).Build();

        var report = Validate(application);

        Assert.Empty(report.Errors);
        Assert.Equal([("/items/0/hsCode", "HS-REQUIRED")], Warnings(report));
    }

    [Theory]
    [InlineData("LV RIX", "LVRIX")]
    [InlineData("LVRIX", "LV RIX")]
    public void ValidatePermit_PortWrittenWithOrWithoutTheSpace_ReportsNothing_PERMIT_PORT_BERTH(string port, string portCallPort)
    {
        var application = new PermitApplicationBuilder().WithPort(port).Build();

        var report = Validate(application, new DocumentContextBuilder().WithPort(portCallPort).Build());

        Assert.Empty(report.Errors);
    }

    [Fact]
    public void ValidatePermit_AnotherPortWithTheSpace_ReportsConsistency_PERMIT_PORT_BERTH()
    {
        var application = new PermitApplicationBuilder().WithPort("LV VNT").Build();

        var report = Validate(application, new DocumentContextBuilder().WithPort("LVRIX").Build());

        Assert.Equal([("/port", "CONSISTENCY")], Errors(report));
    }

    [Theory]
    [InlineData("2026-11-22T13:59:00+02:00")]
    [InlineData("2026-11-22T11:00:00+00:00")]
    public void ValidatePermit_OperationStartingBeforeTheApplication_ReportsPermitBefore_PERMIT_BEFORE(string plannedStart)
    {
        var application = new PermitApplicationBuilder().WithOperation("loading").WithPlannedStart(plannedStart).Build();

        var report = Validate(application);

        Assert.Equal([("/plannedStart", "PERMIT-BEFORE")], Errors(report));
    }

    [Fact]
    public void ValidatePermit_LoadingPlannedAfterTheApplicationAndBeforeDeparture_ReportsNothing_PERMIT_BEFORE()
    {
        var application = new PermitApplicationBuilder().WithOperation("loading").WithPlannedStart("2026-11-24T08:00:00+02:00").Build();

        var report = Validate(application);

        Assert.Empty(report.Errors);
    }

    [Fact]
    public void ValidatePermit_UnloadingBeforeTheArrival_ReportsConsistency_PERMIT_BEFORE()
    {
        // The ship arrives 2026-11-23 06:00 in Riga; 03:30 UTC is 05:30 there.
        var application = new PermitApplicationBuilder().WithOperation("unloading").WithPlannedStart("2026-11-23T03:30:00+00:00").Build();

        var report = Validate(application);

        Assert.Equal([("/plannedStart", "CONSISTENCY")], Errors(report));
    }

    [Fact]
    public void ValidatePermit_UnloadingAtTheArrivalWrittenInAnotherOffset_ReportsNothing_PERMIT_BEFORE()
    {
        var application = new PermitApplicationBuilder().WithOperation("unloading").WithPlannedStart("2026-11-23T04:00:00+00:00").Build();

        var report = Validate(application);

        Assert.Empty(report.Errors);
    }

    [Fact]
    public void ValidatePermit_LoadingAfterTheDeparture_ReportsConsistency_PERMIT_BEFORE()
    {
        var application = new PermitApplicationBuilder().WithOperation("loading").WithPlannedStart("2026-11-24T18:30:00+02:00").Build();

        var report = Validate(application);

        Assert.Equal([("/plannedStart", "CONSISTENCY")], Errors(report));
    }

    private static ValidationReport Validate(PermitApplication application, Ics2Port.Domain.PortCalls.DocumentContext? context = null) =>
        PermitRules.ValidatePermit(application, context ?? new DocumentContextBuilder().WithReceivedAt(Applied).Build());

    private static List<(string Pointer, string Rule)> Errors(ValidationReport report) => [.. report.Errors.Select(f => (f.Pointer, f.Rule))];

    private static List<(string Pointer, string Rule)> Warnings(ValidationReport report) => [.. report.Warnings.Select(f => (f.Pointer, f.Rule))];
}
