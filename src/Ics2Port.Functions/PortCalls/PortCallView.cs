namespace Ics2Port.Functions.PortCalls;

using Ics2Port.Domain.PortCalls;

/// <summary>A port call with, per direction, what was accepted and what is still missing (FAL-ARR, FAL-DEP, FAL-ALL).</summary>
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
    DirectionStatus Departure);
