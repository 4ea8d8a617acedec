namespace Ics2Port.Domain.ShipStores;

/// <summary>FAL 3 Ship's Stores Declaration.</summary>
public sealed record ShipStoresDeclaration
{
    public int? PersonsOnBoard { get; init; }
    public int? PeriodOfStayDays { get; init; }
    public IReadOnlyList<StoreArticle>? Articles { get; init; }
}
