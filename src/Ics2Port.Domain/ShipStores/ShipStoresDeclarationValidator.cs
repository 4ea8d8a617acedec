namespace Ics2Port.Domain.ShipStores;

using FluentValidation;
using Ics2Port.Domain.Common;

/// <summary>FAL 3 Ship's Stores Declaration.</summary>
public sealed class ShipStoresDeclarationValidator : AbstractValidator<ShipStoresDeclaration>
{
    /// <summary>Creates the validator.</summary>
    public ShipStoresDeclarationValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.PersonsOnBoard).Required().MustBeAtLeast(1);
        RuleFor(x => x.PeriodOfStayDays).MustBeAtLeast(0);
        RuleFor(x => x.Articles).Required();
        RuleForEach(x => x.Articles).RequiredEach(new StoreArticleValidator());
    }
}
