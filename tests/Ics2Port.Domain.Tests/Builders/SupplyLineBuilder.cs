namespace Ics2Port.Domain.Tests.Builders;

using Ics2Port.Domain.ShipSupplies;

/// <summary>A valid line: 200 kg of Union fresh vegetables (CN 07020000), 400 EUR, no restrictions; each With… replaces one field.</summary>
public sealed class SupplyLineBuilder
{
    private SupplyLine line = new()
    {
        Description = "Fresh tomatoes",
        CnCode = "07020000",
        CustomsStatus = "union",
        Kind = "stores",
        Quantity = 200m,
        Unit = "kg",
        ValueEur = 400m,
        NetMassKg = 200m,
        ProhibitionsOrRestrictions = false,
    };

    /// <summary>Non-Union marine gas oil, 30 t, taken from no special place.</summary>
    public static SupplyLineBuilder NonUnionFuel() => new SupplyLineBuilder()
        .WithDescription("Marine gas oil").WithCnCode("27101943").WithCustomsStatus("non-union").WithKind("fuel")
        .WithQuantity(30000m).WithUnit("kg").WithValueEur(21000m).WithNetMassKg(30000m);

    /// <summary>A non-Union spare part: a fuel injector, CN 84099900.</summary>
    public static SupplyLineBuilder NonUnionSparePart() => new SupplyLineBuilder()
        .WithDescription("Fuel injector").WithCnCode("84099900").WithCustomsStatus("non-union").WithKind("spare-parts")
        .WithQuantity(2m).WithUnit("pcs").WithValueEur(3000m).WithNetMassKg(12m);

    public SupplyLineBuilder WithDescription(string? description) => With(line with { Description = description });

    public SupplyLineBuilder WithCnCode(string? cnCode) => With(line with { CnCode = cnCode });

    public SupplyLineBuilder WithCnChapter(int? cnChapter) => With(line with { CnChapter = cnChapter });

    public SupplyLineBuilder WithCustomsStatus(string? status) => With(line with { CustomsStatus = status });

    public SupplyLineBuilder WithKind(string? kind) => With(line with { Kind = kind });

    public SupplyLineBuilder WithQuantity(decimal? quantity) => With(line with { Quantity = quantity });

    public SupplyLineBuilder WithUnit(string? unit) => With(line with { Unit = unit });

    public SupplyLineBuilder WithValueEur(decimal? value) => With(line with { ValueEur = value });

    public SupplyLineBuilder WithNetMassKg(decimal? mass) => With(line with { NetMassKg = mass });

    public SupplyLineBuilder WithProhibitionsOrRestrictions(bool? restricted) => With(line with { ProhibitionsOrRestrictions = restricted });

    public SupplyLineBuilder WithConsumedInCustomsTerritory(bool? consumed) => With(line with { ConsumedInCustomsTerritory = consumed });

    public SupplyLineBuilder WithTakenFrom(string? takenFrom) => With(line with { TakenFrom = takenFrom });

    public SupplyLine Build() => line;

    private SupplyLineBuilder With(SupplyLine changed)
    {
        line = changed;
        return this;
    }
}
