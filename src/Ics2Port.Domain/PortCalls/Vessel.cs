namespace Ics2Port.Domain.PortCalls;

/// <summary>The ship of a port call.</summary>
public sealed record Vessel
{
    /// <summary>Seven digits with check digit, with or without the "IMO" prefix.</summary>
    public string? ImoNumber { get; init; }
    public string? Name { get; init; }
    public string? CallSign { get; init; }
    /// <summary>Flag state, ISO 3166-1 alpha-2.</summary>
    public string? Flag { get; init; }
    /// <summary>Nine-digit Maritime Mobile Service Identity.</summary>
    public string? Mmsi { get; init; }
}
