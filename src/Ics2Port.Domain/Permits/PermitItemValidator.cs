namespace Ics2Port.Domain.Permits;

using FluentValidation;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.Manifests;

/// <summary>
/// One item of a permit application: goods with their HS code (HS-REQUIRED, HS-PARTIAL), or an empty container;
/// the berth across items is the application's rule (PERMIT-ONE-BERTH).
/// </summary>
internal sealed class PermitItemValidator : AbstractValidator<PermitItem>
{
    private const int HeadingDigits = 4;

    private PermitItemValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.Kind).MustBeOneOf(PermitItemKinds.Goods, PermitItemKinds.EmptyContainer);
        RuleFor(x => x.Description).Required().FreeText(TextLimits.Description);
        RuleFor(x => x.Berth).FreeText(TextLimits.Reference);

        RuleFor(x => x.HsCode)
            .Required(RuleIds.HsRequired)
            .WithMessage("hsCode is required for goods: at least the 4-digit heading.")
            .Must(hsCode => !IsShorterThanHeading(hsCode))
            .WithErrorCode(RuleIds.FormatHs)
            .WithMessage((_, hsCode) => $"HS code '{hsCode}' is too short: give at least the 4-digit heading (HS-PARTIAL).")
            .MustBeHsCode()
            .When(PermitItemKinds.IsGoods);
        RuleFor(x => x.HsCode).WarnWhenHeadingOnly().When(PermitItemKinds.IsGoods);
        RuleFor(x => x.HsCode)
            .Must(string.IsNullOrWhiteSpace)
            .WithErrorCode(RuleIds.Consistency)
            .WithMessage((_, hsCode) => $"An empty container carries no goods, so no HS code ('{hsCode}').")
            .When(PermitItemKinds.IsEmptyContainer);

        RuleFor(x => x.ContainerNumber)
            .Required()
            .WithMessage("containerNumber is required for an empty container.")
            .MustBeContainerNumber()
            .When(PermitItemKinds.IsEmptyContainer);
        RuleFor(x => x.ContainerNumber).MustBeContainerNumber().Unless(PermitItemKinds.IsEmptyContainer);

        RuleFor(x => x.Packages).MustBeAtLeast(1);
        RuleFor(x => x.GrossMassKg)
            .Required()
            .Must((item, mass) => PermitItemKinds.IsGoods(item) ? mass > 0 : mass >= 0)
            .WithErrorCode(RuleIds.FormatValue)
            .WithMessage((item, mass) => PermitItemKinds.IsGoods(item) ? $"grossMassKg {mass} is not above 0." : $"grossMassKg {mass} is negative.");
        RuleFor(x => x.Consignor).RequiredParty();
        RuleFor(x => x.Consignee).RequiredParty();
        RuleFor(x => x.GoodsStatus).MustBeGoodsStatus();
    }

    /// <summary>A shared instance; the validator holds no state.</summary>
    public static PermitItemValidator Instance { get; } = new();

    // Digits only but fewer than four: a code the applicant has not narrowed to a heading yet.
    private static bool IsShorterThanHeading(string? hsCode)
    {
        var digits = hsCode?.Where(c => c is not (' ' or '.')).ToArray() ?? [];
        return digits.Length is > 0 and < HeadingDigits && digits.All(char.IsAsciiDigit);
    }
}
