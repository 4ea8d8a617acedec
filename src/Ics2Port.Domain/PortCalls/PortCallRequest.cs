namespace Ics2Port.Domain.PortCalls;

/// <summary>A port call as an agent announces it (CONTRACT.md "Port calls").</summary>
public sealed record PortCallRequest
{
    public Vessel? Vessel { get; init; }
    /// <summary>UN/LOCODE of the port, e.g. LVRIX.</summary>
    public string? Port { get; init; }
    public string? VoyageNumber { get; init; }
    /// <summary>ISO 8601 with offset.</summary>
    public string? Eta { get; init; }
    /// <summary>ISO 8601 with offset.</summary>
    public string? Etd { get; init; }
    public string? LastPort { get; init; }
    public string? NextPort { get; init; }
    /// <summary>A regular shipping service needs no proof of Union status (STATUS-PROOF).</summary>
    public bool? RegularShippingService { get; init; }
}
