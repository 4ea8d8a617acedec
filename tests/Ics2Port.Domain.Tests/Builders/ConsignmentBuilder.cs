namespace Ics2Port.Domain.Tests.Builders;

using Ics2Port.Domain.Manifests;
using Ics2Port.Domain.Parties;

/// <summary>
/// A valid containerised consignment from Shanghai to Riga, status N, with an ENS MRN and one item
/// (<see cref="ManifestItemBuilder"/>); each With… replaces one field.
/// </summary>
public sealed class ConsignmentBuilder
{
    private Consignment consignment = new()
    {
        BillOfLading = "MSCUSH2611001",
        PortOfLoading = "CNSHA",
        PortOfDischarge = "LVRIX",
        Consignor = new PartyBuilder().WithName("Shanghai Wood Export Co.").WithCountry("CN").WithEori(null).WithEmail("export@shwood.cn").WithPhone("+86 21 5555 0100").Build(),
        Consignee = new PartyBuilder().Build(),
        GoodsStatus = "N",
        CargoType = "container",
        EnsMrn = "26LV000210E0001234",
        Items = [new ManifestItemBuilder().Build()],
    };

    public ConsignmentBuilder WithBillOfLading(string? billOfLading) => With(consignment with { BillOfLading = billOfLading });

    public ConsignmentBuilder WithPortOfLoading(string? portOfLoading) => With(consignment with { PortOfLoading = portOfLoading });

    public ConsignmentBuilder WithPortOfDischarge(string? portOfDischarge) => With(consignment with { PortOfDischarge = portOfDischarge });

    public ConsignmentBuilder WithConsignor(PartyBuilder? consignor) => With(consignment with { Consignor = consignor?.Build() });

    public ConsignmentBuilder WithConsignee(PartyBuilder? consignee) => With(consignment with { Consignee = consignee?.Build() });

    public ConsignmentBuilder WithGoodsStatus(string? goodsStatus) => With(consignment with { GoodsStatus = goodsStatus });

    public ConsignmentBuilder WithCargoType(string? cargoType) => With(consignment with { CargoType = cargoType });

    public ConsignmentBuilder WithEnsMrn(string? ensMrn) => With(consignment with { EnsMrn = ensMrn });

    public ConsignmentBuilder WithEnsExemption(string? ensExemption) => With(consignment with { EnsExemption = ensExemption });

    public ConsignmentBuilder WithActualConsignor(ActualParty? actualConsignor) => With(consignment with { ActualConsignor = actualConsignor });

    public ConsignmentBuilder WithActualConsignee(ActualParty? actualConsignee) => With(consignment with { ActualConsignee = actualConsignee });

    public ConsignmentBuilder WithStatusProof(string? kind, string? reference) => With(consignment with { StatusProof = new StatusProof { Kind = kind, Reference = reference } });

    public ConsignmentBuilder WithItems(params ManifestItemBuilder[] items) => With(consignment with { Items = [.. items.Select(item => item.Build())] });

    public ConsignmentBuilder WithItems(IReadOnlyList<ManifestItem>? items) => With(consignment with { Items = items });

    public Consignment Build() => consignment;

    private ConsignmentBuilder With(Consignment changed)
    {
        consignment = changed;
        return this;
    }
}
