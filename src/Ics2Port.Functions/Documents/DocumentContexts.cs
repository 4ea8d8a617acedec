namespace Ics2Port.Functions.Documents;

using System.Globalization;
using Ics2Port.Domain.Codes;
using Ics2Port.Domain.PortCalls;

/// <summary>What a document's rules see of its port call and of the other accepted documents of its direction (CONSISTENCY).</summary>
public static class DocumentContexts
{
    /// <summary>The port call alone, for rules that look at no other document (permit applications).</summary>
    public static DocumentContext ForPortCall(PortCallRequest portCall, Direction direction, IHsCodeCatalog? hsCodes) => new()
    {
        Direction = direction,
        Port = portCall.Port,
        ImoNumber = portCall.Vessel?.ImoNumber,
        Eta = ParseTime(portCall.Eta),
        Etd = ParseTime(portCall.Etd),
        RegularShippingService = portCall.RegularShippingService ?? false,
        HsCodes = hsCodes,
    };

    /// <summary>The port call and the counts of the accepted FAL 1, FAL 5 and FAL 6 of the same direction.</summary>
    public static DocumentContext ForDocument(
        PortCallRequest portCall,
        Direction direction,
        AcceptedDocuments accepted,
        IHsCodeCatalog? hsCodes) => ForPortCall(portCall, direction, hsCodes) with
        {
            DeclaredCrew = accepted.GeneralDeclaration(direction)?.NumberOfCrew,
            DeclaredPassengers = accepted.GeneralDeclaration(direction)?.NumberOfPassengers,
            ListedCrew = accepted.Latest(direction, DocumentType.Fal5)?.ItemCount,
            ListedPassengers = accepted.Latest(direction, DocumentType.Fal6)?.ItemCount,
        };

    private static DateTimeOffset? ParseTime(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}
