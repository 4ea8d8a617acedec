namespace Ics2Port.Domain.Tests.Builders;

using Ics2Port.Domain.Parties;
using Ics2Port.Domain.ShipSupplies;

/// <summary>
/// A valid supply to BALTIC TRADER by a Riga chandler: destination QS, one Union line (<see cref="SupplyLineBuilder"/>),
/// the ship leaving the customs territory, no declaration reference yet; each With… replaces one field.
/// </summary>
public sealed class ShipSupplyBuilder
{
    private ShipSupply supply = new()
    {
        Supplier = new PartyBuilder().WithName("Baltic Chandlers SIA").WithEori("LV40003098765").Build(),
        Consignee = new SupplyConsignee { VesselName = "BALTIC TRADER", OwningCompany = "Baltic Trader Shipping Ltd" },
        DestinationCode = "QS",
        ShipLeavesCustomsTerritory = true,
        Lines = [new SupplyLineBuilder().Build()],
    };

    public ShipSupplyBuilder WithSupplier(Party? supplier) => With(supply with { Supplier = supplier });

    public ShipSupplyBuilder WithConsignee(string? vesselName, string? owningCompany) =>
        With(supply with { Consignee = new SupplyConsignee { VesselName = vesselName, OwningCompany = owningCompany } });

    public ShipSupplyBuilder WithoutConsignee() => With(supply with { Consignee = null });

    public ShipSupplyBuilder WithDestinationCode(string? code) => With(supply with { DestinationCode = code });

    public ShipSupplyBuilder WithShipLeavesCustomsTerritory(bool? leaves) => With(supply with { ShipLeavesCustomsTerritory = leaves });

    public ShipSupplyBuilder WithDeclarationReference(string? reference) => With(supply with { DeclarationReference = reference });

    public ShipSupplyBuilder WithLines(params SupplyLineBuilder[] lines) => With(supply with { Lines = [.. lines.Select(line => line.Build())] });

    public ShipSupplyBuilder WithLines(IReadOnlyList<SupplyLine>? lines) => With(supply with { Lines = lines });

    public ShipSupply Build() => supply;

    private ShipSupplyBuilder With(ShipSupply changed)
    {
        supply = changed;
        return this;
    }
}
