namespace Ics2Port.Functions.PortCalls;

using Ics2Port.Domain.PortCalls;

/// <summary>A port call in a list.</summary>
public sealed record PortCallSummary(
    string PortCallId,
    string AgentId,
    DateTimeOffset CreatedAt,
    Vessel? Vessel,
    string? Port,
    string? VoyageNumber,
    string? Eta,
    string? Etd);
