namespace Ics2Port.Domain.Tests.Manifests;

using Ics2Port.Domain.Common;
using Ics2Port.Domain.Manifests;
using Ics2Port.Domain.Parties;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Tests.Builders;

/// <summary>What seed 003 implies beyond its lists: a ship in ballast, goods loaded in the Union, the actual parties, other status proofs.</summary>
public sealed class ManifestEdgeCaseTests
{
    [Fact]
    public void Validate_ShipInBallastWithEmptyConsignments_ReportsNothing_FAL_ARR_NilManifest()
    {
        var manifest = new ManifestBuilder().WithConsignments(Array.Empty<Consignment>()).Build();

        var report = Validate(manifest);

        Assert.Equal((0, 0), (report.Errors.Count, report.Warnings.Count));
    }

    [Fact]
    public void Validate_ShipInBallastWithoutConsignmentsList_ReportsRequired_FAL_ARR_NilManifest()
    {
        var manifest = new ManifestBuilder().WithConsignments((Consignment[]?)null).Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments", "REQUIRED")], Errors(report));
    }

    [Theory]
    [InlineData("SEGOT")]
    [InlineData("DEHAM")]
    [InlineData("LV RIX")]
    public void Validate_ArrivalOfGoodsLoadedInTheUnionWithoutMrn_WarnsNothing_ENS_WHEN(string portOfLoading)
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithPortOfLoading(portOfLoading).WithEnsMrn(null)).Build();

        var report = Validate(manifest);

        Assert.Empty(report.Warnings);
    }

    [Theory]
    [InlineData("NOOSL")]
    [InlineData("GBFXT")]
    [InlineData("ESCEU")]
    public void Validate_ArrivalOfGoodsLoadedOutsideTheUnionWithoutMrn_WarnsEnsWhen_ENS_WHEN(string portOfLoading)
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithPortOfLoading(portOfLoading).WithEnsMrn(null)).Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments/0/ensMrn", "ENS-WHEN")], Warnings(report));
    }

    [Fact]
    public void Validate_ActualConsignorWithOnlyAName_ReportsNothing_PARTY_MIN()
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithActualConsignor(new ActualParty { Name = "Jiangsu Timber Trading Ltd." })).Build();

        var report = Validate(manifest);

        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Validate_ActualConsigneeWithMalformedCountryAndEmail_ReportsThose_PARTY_MIN()
    {
        var actual = new ActualParty { Name = "Kokmaiga SIA", Country = "Latvia", Email = "kokmaiga" };
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithActualConsignee(actual)).Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments/0/actualConsignee/country", "FORMAT-COUNTRY"), ("/consignments/0/actualConsignee/email", "FORMAT-EMAIL")], Errors(report));
    }

    [Theory]
    [InlineData("T2L", "26LV000210T2L00012")]
    [InlineData("T2LF", "26LV000210T2F00003")]
    [InlineData("invoice", "INV-2026-11-0042")]
    [InlineData("transport-document", "CMR 0042117")]
    public void Validate_UnionGoodsWithAnotherProofOnUnendorsedManifest_ReportsNothing_STATUS_PROOF(string kind, string reference)
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithGoodsStatus("C").WithStatusProof(kind, reference)).Build();

        var report = Validate(manifest);

        Assert.Equal((0, 0), (report.Errors.Count, report.Warnings.Count));
    }

    [Fact]
    public void Validate_OneOfTwoUnionConsignmentsWithoutOtherProof_ReportsStatusEndorse_STATUS_PROOF()
    {
        var manifest = new ManifestBuilder()
            .WithConsignments(
                new ConsignmentBuilder().WithGoodsStatus("C").WithStatusProof("T2L", "26LV000210T2L00012"),
                new ConsignmentBuilder().WithBillOfLading("MSCUSH2611002").WithGoodsStatus("F"))
            .Build();

        var report = Validate(manifest);

        Assert.Equal([("/customsEndorsement", "STATUS-ENDORSE")], Errors(report));
    }

    [Theory]
    [InlineData("T2", "26LV000210T2L00012", "/consignments/0/statusProof/kind", "FORMAT-VALUE")]
    [InlineData("T2L", " ", "/consignments/0/statusProof/reference", "STATUS-PROOF")]
    [InlineData("T2L", "26LV000210T2L00012\nBcc: x", "/consignments/0/statusProof/reference", "FORMAT-TEXT")]
    public void Validate_MalformedOtherProof_ReportsOnItsField_STATUS_PROOF(string kind, string reference, string pointer, string rule)
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder().WithGoodsStatus("C").WithStatusProof(kind, reference)).Build();

        var report = Validate(manifest);

        Assert.Contains((pointer, rule), Errors(report));
    }

    [Fact]
    public void Validate_ActualPartiesWithControlCharactersOrTooLong_ReportsFormatText_FORMAT_TEXT()
    {
        var manifest = new ManifestBuilder().WithConsignments(new ConsignmentBuilder()
            .WithActualConsignor(new ActualParty { Name = "Jiangsu Timber\r\nTrading" })
            .WithActualConsignee(new ActualParty { Address = new string('a', TextLimits.Description + 1) })).Build();

        var report = Validate(manifest);

        Assert.Equal([("/consignments/0/actualConsignor/name", "FORMAT-TEXT"), ("/consignments/0/actualConsignee/address", "FORMAT-TEXT")], Errors(report));
    }

    private static ValidationReport Validate(CargoManifest manifest) =>
        DocumentValidator.Validate(DocumentType.Manifest, manifest, new DocumentContextBuilder().WithRegularShippingService(false).Build());

    private static List<(string Pointer, string Rule)> Errors(ValidationReport report) => [.. report.Errors.Select(f => (f.Pointer, f.Rule))];

    private static List<(string Pointer, string Rule)> Warnings(ValidationReport report) => [.. report.Warnings.Select(f => (f.Pointer, f.Rule))];
}
