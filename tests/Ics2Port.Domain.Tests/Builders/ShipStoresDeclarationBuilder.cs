namespace Ics2Port.Domain.Tests.Builders;

using Ics2Port.Domain.ShipStores;

/// <summary>A valid FAL 3 with two articles.</summary>
public sealed class ShipStoresDeclarationBuilder
{
    private ShipStoresDeclaration declaration = new()
    {
        PersonsOnBoard = 2,
        PeriodOfStayDays = 2,
        Articles =
        [
            new StoreArticle { Name = "Marine gas oil", Quantity = 42.5m, Unit = "t", LocationOnBoard = "Tank 3" },
            new StoreArticle { Name = "Cigarettes", Quantity = 400m, Unit = "pcs", LocationOnBoard = "Bond store" },
        ],
    };

    public ShipStoresDeclarationBuilder WithPersonsOnBoard(int? personsOnBoard) => With(declaration with { PersonsOnBoard = personsOnBoard });

    public ShipStoresDeclarationBuilder WithPeriodOfStayDays(int? periodOfStayDays) => With(declaration with { PeriodOfStayDays = periodOfStayDays });

    public ShipStoresDeclarationBuilder WithArticles(IReadOnlyList<StoreArticle>? articles) => With(declaration with { Articles = articles });

    /// <summary>Replaces the second article with a copy changed by <paramref name="change"/>.</summary>
    public ShipStoresDeclarationBuilder WithSecondArticle(Func<StoreArticle, StoreArticle> change) =>
        With(declaration with { Articles = [declaration.Articles![0], change(declaration.Articles[1])] });

    public ShipStoresDeclaration Build() => declaration;

    private ShipStoresDeclarationBuilder With(ShipStoresDeclaration changed)
    {
        declaration = changed;
        return this;
    }
}
