namespace Ics2Port.Domain.Fallback;

/// <summary>What customs needs to recognise a port call in fallback correspondence.</summary>
/// <param name="PortCallId">Our port call id.</param>
/// <param name="Port">UN/LOCODE of the port.</param>
/// <param name="VesselName">The ship's name.</param>
/// <param name="ImoNumber">The ship's IMO number.</param>
/// <param name="VoyageNumber">The voyage number.</param>
/// <param name="CallSign">The ship's call sign, when known.</param>
public sealed record PortCallReference(
    string PortCallId,
    string Port,
    string VesselName,
    string ImoNumber,
    string VoyageNumber,
    string? CallSign = null);
