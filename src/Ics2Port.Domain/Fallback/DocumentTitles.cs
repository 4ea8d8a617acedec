namespace Ics2Port.Domain.Fallback;

using Ics2Port.Domain.PortCalls;

/// <summary>The names customs officers know the documents by.</summary>
public static class DocumentTitles
{
    /// <summary>An unloading or loading permit application (Regulation 339).</summary>
    public const string PermitApplication = "Unloading/loading permit application";

    /// <summary>A ship supply (Regulation 503).</summary>
    public const string ShipSupply = "Ship supply";

    /// <summary>E.g. <c>FAL 5 Crew List</c>.</summary>
    public static string Of(DocumentType type) => type switch
    {
        DocumentType.Fal1 => "FAL 1 General Declaration",
        DocumentType.Manifest => "FAL 2 Cargo Manifest",
        DocumentType.Fal3 => "FAL 3 Ship's Stores Declaration",
        DocumentType.Fal4 => "FAL 4 Crew's Effects Declaration",
        DocumentType.Fal5 => "FAL 5 Crew List",
        DocumentType.Fal6 => "FAL 6 Passenger List",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
