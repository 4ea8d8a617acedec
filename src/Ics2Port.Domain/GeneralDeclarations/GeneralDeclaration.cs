namespace Ics2Port.Domain.GeneralDeclarations;

using Ics2Port.Domain.Parties;

/// <summary>FAL 1 General Declaration.</summary>
public sealed record GeneralDeclaration
{
    public string? ShipName { get; init; }
    public string? ImoNumber { get; init; }
    public string? CallSign { get; init; }
    public string? Flag { get; init; }
    public string? ShipType { get; init; }
    public string? VoyageNumber { get; init; }
    public string? Port { get; init; }
    /// <summary>Arrival or departure time, ISO 8601 with offset.</summary>
    public string? DateTime { get; init; }
    public string? LastPort { get; init; }
    public string? NextPort { get; init; }
    public MasterName? Master { get; init; }
    public Party? Agent { get; init; }
    public decimal? GrossTonnage { get; init; }
    public decimal? NetTonnage { get; init; }
    public string? Berth { get; init; }
    public string? CargoDescription { get; init; }
    public int? NumberOfCrew { get; init; }
    public int? NumberOfPassengers { get; init; }
    /// <summary>Departure only: decides whether FAL 3 and FAL 5 are required again (FAL-DEP).</summary>
    public ChangedDuringStay? ChangedDuringStay { get; init; }
    public string? Remarks { get; init; }
}
