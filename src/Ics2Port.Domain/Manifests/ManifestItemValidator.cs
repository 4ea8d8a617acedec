namespace Ics2Port.Domain.Manifests;

using FluentValidation;
using Ics2Port.Domain.Common;

/// <summary>
/// One goods item of a manifest consignment. Statuses across items and containers are checked once for the
/// whole manifest (<see cref="ManifestCrossChecks"/>).
/// </summary>
internal sealed class ManifestItemValidator : AbstractValidator<ManifestItem>
{
    /// <param name="containerised">The consignment's cargo type is <c>container</c>: every item names its container.</param>
    public ManifestItemValidator(bool containerised)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.Description).Required().FreeText(TextLimits.Description);
        RuleFor(x => x.MarksAndNumbers).FreeText(TextLimits.Description);
        // The heading-only advice runs only after the code passed: a missing or malformed code is never only a heading.
        RuleFor(x => x.HsCode).Required().MustBeHsCode().WarnWhenHeadingOnly();
        RuleFor(x => x.Packages).Required();
        RuleFor(x => x.Packages!.Count)
            .Required()
            .MustBeAtLeast(1)
            .When(x => x.Packages is not null);
        RuleFor(x => x.Packages!.Kind).Required().FreeText(TextLimits.Reference).When(x => x.Packages is not null);
        RuleFor(x => x.GrossMassKg)
            .Required()
            // As GreaterThan(0m), without boxing the mass to compare it.
            .Must(mass => mass is null || mass > 0m).WithErrorCode(RuleIds.FormatValue).WithMessage((_, mass) => $"grossMassKg {mass} is not above 0.");
        if (containerised)
        {
            RuleFor(x => x.ContainerNumber)
                .Required()
                .WithMessage("containerNumber is required for containerised cargo.")
                .MustBeContainerNumber();
        }
        else
        {
            RuleFor(x => x.ContainerNumber).MustBeContainerNumber();
        }

        RuleFor(x => x.GoodsStatus).MustBeGoodsStatus();
    }

    /// <summary>Items of a <c>container</c> consignment.</summary>
    public static ManifestItemValidator InContainers { get; } = new(containerised: true);

    /// <summary>Items of bulk, break-bulk and ro-ro consignments, and of consignments without a cargo type.</summary>
    public static ManifestItemValidator Loose { get; } = new(containerised: false);
}
