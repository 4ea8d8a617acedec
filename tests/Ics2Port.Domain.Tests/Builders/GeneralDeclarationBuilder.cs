namespace Ics2Port.Domain.Tests.Builders;

using Ics2Port.Domain.GeneralDeclarations;
using Ics2Port.Domain.Parties;

/// <summary>A valid arrival FAL 1 of the <see cref="PortCallRequestBuilder"/> port call: 2 crew, no passengers.</summary>
public sealed class GeneralDeclarationBuilder
{
    private GeneralDeclaration declaration = new()
    {
        ShipName = "BALTIC TRADER",
        ImoNumber = "9074729",
        CallSign = "YLAB",
        Flag = "LV",
        ShipType = "general cargo",
        VoyageNumber = "BT2611",
        Port = "LVRIX",
        DateTime = "2026-11-23T06:00:00+02:00",
        LastPort = "SEGOT",
        NextPort = "DEHAM",
        Master = new MasterName { FamilyName = "Kalniņš", GivenNames = "Andris" },
        Agent = new PartyBuilder().WithName("Baltship Agency SIA").WithEmail("ops@baltship.lv").Build(),
        GrossTonnage = 4250m,
        NetTonnage = 2190m,
        Berth = "RIX-KS-12",
        CargoDescription = "Sawn timber in containers",
        NumberOfCrew = 2,
        NumberOfPassengers = 0,
    };

    public GeneralDeclarationBuilder WithShipName(string? shipName) => With(declaration with { ShipName = shipName });

    public GeneralDeclarationBuilder WithImoNumber(string? imoNumber) => With(declaration with { ImoNumber = imoNumber });

    public GeneralDeclarationBuilder WithCallSign(string? callSign) => With(declaration with { CallSign = callSign });

    public GeneralDeclarationBuilder WithFlag(string? flag) => With(declaration with { Flag = flag });

    public GeneralDeclarationBuilder WithShipType(string? shipType) => With(declaration with { ShipType = shipType });

    public GeneralDeclarationBuilder WithVoyageNumber(string? voyageNumber) => With(declaration with { VoyageNumber = voyageNumber });

    public GeneralDeclarationBuilder WithPort(string? port) => With(declaration with { Port = port });

    public GeneralDeclarationBuilder WithDateTime(string? dateTime) => With(declaration with { DateTime = dateTime });

    public GeneralDeclarationBuilder WithLastPort(string? lastPort) => With(declaration with { LastPort = lastPort });

    public GeneralDeclarationBuilder WithNextPort(string? nextPort) => With(declaration with { NextPort = nextPort });

    public GeneralDeclarationBuilder WithMaster(MasterName? master) => With(declaration with { Master = master });

    public GeneralDeclarationBuilder WithAgent(Party? agent) => With(declaration with { Agent = agent });

    public GeneralDeclarationBuilder WithGrossTonnage(decimal? grossTonnage) => With(declaration with { GrossTonnage = grossTonnage });

    public GeneralDeclarationBuilder WithNetTonnage(decimal? netTonnage) => With(declaration with { NetTonnage = netTonnage });

    public GeneralDeclarationBuilder WithBerth(string? berth) => With(declaration with { Berth = berth });

    public GeneralDeclarationBuilder WithCargoDescription(string? cargoDescription) => With(declaration with { CargoDescription = cargoDescription });

    public GeneralDeclarationBuilder WithNumberOfCrew(int? numberOfCrew) => With(declaration with { NumberOfCrew = numberOfCrew });

    public GeneralDeclarationBuilder WithNumberOfPassengers(int? numberOfPassengers) => With(declaration with { NumberOfPassengers = numberOfPassengers });

    public GeneralDeclarationBuilder WithChangedDuringStay(bool? stores, bool? crew) =>
        With(declaration with { ChangedDuringStay = new ChangedDuringStay { Stores = stores, Crew = crew } });

    public GeneralDeclarationBuilder WithoutChangedDuringStay() => With(declaration with { ChangedDuringStay = null });

    public GeneralDeclarationBuilder WithRemarks(string? remarks) => With(declaration with { Remarks = remarks });

    public GeneralDeclaration Build() => declaration;

    private GeneralDeclarationBuilder With(GeneralDeclaration changed)
    {
        declaration = changed;
        return this;
    }
}
