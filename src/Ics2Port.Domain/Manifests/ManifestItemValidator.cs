namespace Ics2Port.Domain.Manifests;

using FluentValidation;
using FluentValidation.Results;
using Ics2Port.Domain.Codes;
using Ics2Port.Domain.Common;

/// <summary>
/// One goods item of a manifest consignment. Statuses across items and containers are checked once for the
/// whole manifest (<see cref="ManifestCrossChecks"/>). A manifest holds thousands of items and almost all are clean,
/// so the screen (<see cref="TryScreen"/>) clears those without running the rules.
/// </summary>
internal sealed class ManifestItemValidator : AbstractValidator<ManifestItem>, IScreenedValidator<ManifestItem>
{
    private readonly bool containerised;

    /// <param name="containerised">The consignment's cargo type is <c>container</c>: every item names its container.</param>
    public ManifestItemValidator(bool containerised)
    {
        this.containerised = containerised;
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

    /// <summary>
    /// True when every rule above passes, but for HS-PARTIAL, which then is the <paramref name="finding"/>; false when
    /// any other rule may fail, and the rules say what. Keep it in step with the rules: each clause is one rule.
    /// </summary>
    public bool TryScreen(ManifestItem item, out ValidationFailure? finding)
    {
        finding = null;
        var clean = IsCleanText(item.Description, TextLimits.Description, required: true)
            && IsCleanText(item.MarksAndNumbers, TextLimits.Description, required: false)
            && !string.IsNullOrWhiteSpace(item.HsCode) && HsCode.IsValid(item.HsCode)
            && item.Packages is { Count: >= 1 } packages
            && IsCleanText(packages.Kind, TextLimits.Reference, required: true)
            && item.GrossMassKg > 0m
            && (string.IsNullOrWhiteSpace(item.ContainerNumber) ? !containerised : ContainerNumber.IsValid(item.ContainerNumber))
            && (string.IsNullOrWhiteSpace(item.GoodsStatus) || GoodsStatuses.IsValid(item.GoodsStatus));
        if (clean && HsCode.IsValidHeadingOnly(item.HsCode))
        {
            finding = HsCodeRules.HeadingOnlyWarning(nameof(ManifestItem.HsCode), item.HsCode);
        }

        return clean;
    }

    // Required (when required) and FreeText: present and not blank, within the limit and without control characters.
    private static bool IsCleanText(string? value, int maxLength, bool required) =>
        (!required || !string.IsNullOrWhiteSpace(value)) && FreeTexts.Problem(value, maxLength) is null;
}
