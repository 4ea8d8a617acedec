namespace Ics2Port.Domain.ShipStores;

/// <summary>One line of FAL 3.</summary>
public sealed record StoreArticle
{
    public string? Name { get; init; }
    public decimal? Quantity { get; init; }
    public string? Unit { get; init; }
    public string? LocationOnBoard { get; init; }
    public string? OfficialUse { get; init; }
}
