namespace Ics2Port.Functions.PortCalls;

using Ics2Port.Domain.PortCalls;
using Ics2Port.Functions.Supplies;

/// <summary>
/// A port call with, per direction, what was accepted and what is still missing (FAL-ARR, FAL-DEP, FAL-ALL), and the
/// ship supplies filed for it that the caller may see.
/// </summary>
public sealed record PortCallView(
    string PortCallId,
    string AgentId,
    DateTimeOffset CreatedAt,
    Vessel? Vessel,
    string? Port,
    string? VoyageNumber,
    string? Eta,
    string? Etd,
    string? LastPort,
    string? NextPort,
    bool? RegularShippingService,
    DirectionStatus Arrival,
    DirectionStatus Departure,
    IReadOnlyList<SupplyState> Supplies);
