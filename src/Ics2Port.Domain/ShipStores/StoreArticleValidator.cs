namespace Ics2Port.Domain.ShipStores;

using FluentValidation;
using Ics2Port.Domain.Common;

/// <summary>One line of FAL 3: what, how much, in which unit, where on board.</summary>
public sealed class StoreArticleValidator : AbstractValidator<StoreArticle>
{
    /// <summary>Creates the validator.</summary>
    public StoreArticleValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.Name).Required();
        RuleFor(x => x.Quantity).Required().MustBeAtLeast(0m);
        RuleFor(x => x.Unit).Required();
        RuleFor(x => x.LocationOnBoard).Required();
    }
}
