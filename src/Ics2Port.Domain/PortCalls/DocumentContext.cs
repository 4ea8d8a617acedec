namespace Ics2Port.Domain.PortCalls;

using Ics2Port.Domain.Codes;

/// <summary>
/// What a document's rules need to know beyond the document itself: the port call it belongs to
/// and the counts declared or listed in the port call's other documents (CONSISTENCY).
/// </summary>
public sealed record DocumentContext
{
    public required Direction Direction { get; init; }
    /// <summary>The port call's UN/LOCODE.</summary>
    public string? Port { get; init; }
    /// <summary>The port call's IMO ship number; FAL 1 must name the same ship.</summary>
    public string? ImoNumber { get; init; }
    /// <summary>Identity documents must be valid on this date (the arrival).</summary>
    public DateTimeOffset? Eta { get; init; }
    public DateTimeOffset? Etd { get; init; }
    /// <summary>STATUS-PROOF applies only when the ship is not on a regular shipping service.</summary>
    public bool RegularShippingService { get; init; }
    /// <summary><c>numberOfCrew</c> of the accepted FAL 1 of the same direction, if any.</summary>
    public int? DeclaredCrew { get; init; }
    /// <summary><c>numberOfPassengers</c> of the accepted FAL 1 of the same direction, if any.</summary>
    public int? DeclaredPassengers { get; init; }
    /// <summary>Rows of the accepted FAL 5 of the same direction, if any.</summary>
    public int? ListedCrew { get; init; }
    /// <summary>Rows of the accepted FAL 6 of the same direction, if any.</summary>
    public int? ListedPassengers { get; init; }
    /// <summary>When the document or application was received; the law's "before" is counted from it (PERMIT-BEFORE).</summary>
    public DateTimeOffset? ReceivedAt { get; init; }
    /// <summary>The nomenclature HS codes must appear in (FORMAT-HS); without one only their structure is checked.</summary>
    public IHsCodeCatalog? HsCodes { get; init; }
}
