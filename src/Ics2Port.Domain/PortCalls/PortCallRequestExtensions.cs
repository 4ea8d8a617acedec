namespace Ics2Port.Domain.PortCalls;

using Ics2Port.Domain.Codes;

/// <summary>What a validated port call tells the rules of its documents.</summary>
public static class PortCallRequestExtensions
{
    /// <summary>
    /// The context for a document of <paramref name="direction"/>, without counts from other documents
    /// (the caller adds <see cref="DocumentContext.DeclaredCrew"/> and the like from accepted documents).
    /// </summary>
    public static DocumentContext ToDocumentContext(this PortCallRequest request, Direction direction) => new()
    {
        Direction = direction,
        Port = request.Port,
        ImoNumber = request.Vessel?.ImoNumber,
        Eta = IsoDateTime.TryParse(request.Eta, out var eta) ? eta : null,
        Etd = IsoDateTime.TryParse(request.Etd, out var etd) ? etd : null,
        RegularShippingService = request.RegularShippingService ?? false,
    };
}
