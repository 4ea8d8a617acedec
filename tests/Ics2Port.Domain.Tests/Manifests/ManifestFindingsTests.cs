namespace Ics2Port.Domain.Tests.Manifests;

using Ics2Port.Domain.Common;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Tests.Builders;

/// <summary>
/// Every finding of a manifest with faults at every level, whole and in order: pointer, rule and message, as a
/// sender reads them. Items are validated each on its own and their paths joined only to what is found, so
/// these pin down that nothing about a finding depends on how the paths are made.
/// </summary>
public sealed class ManifestFindingsTests
{
    [Fact]
    public void Validate_FaultsInSeveralConsignmentsAndItems_EveryFindingWithItsPointerRuleAndMessage()
    {
        var manifest = new ManifestBuilder().WithConsignments(
            new ConsignmentBuilder().WithBillOfLading("BL-1").WithItems(
                new ManifestItemBuilder().WithHsCode("4407"),
                new ManifestItemBuilder().WithDescription(" ").WithHsCode("44.07.10").WithContainerNumber("CSQU3054384")),
            new ConsignmentBuilder().WithBillOfLading("BL-2").WithPortOfLoading("SHANGHAI").WithItems(
                [
                    new ManifestItemBuilder().WithPackages(0, null).WithGrossMassKg(-1m).Build(),
                    null!,
                    new ManifestItemBuilder().WithHsCode("7708").WithGoodsStatus("X").Build(),
                    new ManifestItemBuilder().WithoutPackages().WithHsCode("0303").Build(),
                ])).Build();

        var report = DocumentValidator.Validate(DocumentType.Manifest, manifest, new DocumentContextBuilder().Build());

        Assert.Equal(
            [
                new Finding("/consignments/0/items/1/description", RuleIds.Required, "Description is required."),
                new Finding("/consignments/0/items/1/containerNumber", RuleIds.FormatContainer, "Container number 'CSQU3054384' is not a valid ISO 6346 container number."),
                new Finding("/consignments/1/portOfLoading", RuleIds.FormatUnLocode, "Location 'SHANGHAI' is not a valid UN/LOCODE."),
                new Finding("/consignments/1/items/0/packages/count", RuleIds.FormatValue, "Packages Count must be at least 1, not 0."),
                new Finding("/consignments/1/items/0/packages/kind", RuleIds.Required, "Packages Kind is required."),
                new Finding("/consignments/1/items/0/grossMassKg", RuleIds.FormatValue, "grossMassKg -1 is not above 0."),
                new Finding("/consignments/1/items/1", RuleIds.Required, "Items is required."),
                new Finding("/consignments/1/items/2/hsCode", RuleIds.FormatHs, "HS code '7708' is not a valid 4, 6 or 8-digit HS/CN code."),
                new Finding("/consignments/1/items/2/goodsStatus", RuleIds.StatusCodes, "goodsStatus 'X' is not C, F or N."),
                new Finding("/consignments/1/items/3/packages", RuleIds.Required, "Packages is required."),
            ],
            report.Errors);
        Assert.Equal(
            [
                new Finding("/consignments/0/items/0/hsCode", RuleIds.HsPartial, "HS code '4407' is only the 4-digit heading; give the full code when it is known."),
                new Finding("/consignments/1/items/3/hsCode", RuleIds.HsPartial, "HS code '0303' is only the 4-digit heading; give the full code when it is known."),
            ],
            report.Warnings);
    }

    [Fact]
    public void Validate_ItemsOfBulkConsignment_ContainerOptionalButChecked()
    {
        var manifest = new ManifestBuilder().WithConsignments(
            new ConsignmentBuilder().WithCargoType("container").WithItems(new ManifestItemBuilder().WithContainerNumber(null)),
            new ConsignmentBuilder().WithBillOfLading("BL-BULK").WithCargoType("bulk").WithItems(
                new ManifestItemBuilder().WithContainerNumber(null),
                new ManifestItemBuilder().WithContainerNumber("NOPE"))).Build();

        var report = DocumentValidator.Validate(DocumentType.Manifest, manifest, new DocumentContextBuilder().Build());

        Assert.Equal(
            [
                new Finding("/consignments/0/items/0/containerNumber", RuleIds.Required, "containerNumber is required for containerised cargo."),
                new Finding("/consignments/1/items/1/containerNumber", RuleIds.FormatContainer, "Container number 'NOPE' is not a valid ISO 6346 container number."),
            ],
            report.Errors);
    }

    [Fact]
    public void Validate_NullConsignmentAndFaultyParties_EveryFindingWithItsPointerRuleAndMessage()
    {
        var manifest = new ManifestBuilder().WithConsignments(
            [
                new ConsignmentBuilder().WithBillOfLading("BL-1").Build(),
                null!,
                new ConsignmentBuilder().WithBillOfLading("BL-3").WithCargoType("tanker")
                    .WithConsignee(new PartyBuilder().WithEmail(null).WithEori("LV123"))
                    .WithConsignor(null)
                    .WithItems(new ManifestItemBuilder().WithDescription(null)).Build(),
                new ConsignmentBuilder().WithBillOfLading("bl-1").Build(),
            ]).Build();

        var report = DocumentValidator.Validate(DocumentType.Manifest, manifest, new DocumentContextBuilder().Build());

        Assert.Equal(
            [
                new Finding("/consignments/1", RuleIds.Required, "Consignments entry 1 is empty."),
                new Finding("/consignments/2/consignor", RuleIds.PartyRequired, "Consignor is required."),
                new Finding("/consignments/2/consignee/eori", RuleIds.PartyMin, "EORI 'LV123' is not a valid EORI number."),
                new Finding("/consignments/2/consignee/email", RuleIds.PartyMin, "Email is required."),
                new Finding("/consignments/2/cargoType", RuleIds.FormatValue, "'tanker' is not one of container, bulk, break-bulk, ro-ro."),
                new Finding("/consignments/2/items/0/description", RuleIds.Required, "Description is required."),
                new Finding("/consignments/3/billOfLading", RuleIds.Consistency, "Bill of lading 'bl-1' already appears in consignment 0; each bill of lading appears once in a manifest."),
            ],
            report.Errors);
    }
}
