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

        RuleFor(x => x.Name).Required().FreeText(TextLimits.Name);
        RuleFor(x => x.Quantity).Required().MustBeAtLeast(0m);
        RuleFor(x => x.Unit).Required().FreeText(TextLimits.Reference);
        RuleFor(x => x.LocationOnBoard).Required().FreeText(TextLimits.Name);
        RuleFor(x => x.OfficialUse).FreeText(TextLimits.Name);
    }
}
