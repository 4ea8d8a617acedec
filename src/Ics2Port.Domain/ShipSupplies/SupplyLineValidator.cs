namespace Ics2Port.Domain.ShipSupplies;

using System.Globalization;
using FluentValidation;
using Ics2Port.Domain.Codes;
using Ics2Port.Domain.Common;

/// <summary>
/// One line of a ship supply: an 8-digit CN code or a simplified one that fits the goods (SUP-CN-SIMPLE), the customs
/// status, a kind of ship supply (anything else is not one, SUP-NO-EXS), quantity, value and net mass, and whether
/// prohibitions or restrictions apply (SUP-ORAL).
/// </summary>
internal sealed class SupplyLineValidator : AbstractValidator<SupplyLine>
{
    private const int CnDigits = 8;

    private SupplyLineValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.Description).Required();
        RuleFor(x => x.CnCode)
            .Required()
            .Must(code => code is null || SupplyCodes.IsSimplified(code) || (HsCode.TryParse(code, out var cn) && cn.Length == CnDigits))
            .WithErrorCode(RuleIds.FormatHs)
            .WithMessage((_, code) => $"CN code '{code}' is neither an 8-digit CN code nor one of 9930 24 00, 9930 27 00, 9930 99 00.");

        // SUP-CN-SIMPLE: the simplified codes are for goods consumed on board, each in its chapter range.
        RuleFor(x => x.CnCode)
            .Must((line, _) => SupplyCodes.IsConsumedOnBoard(line.Kind))
            .WithErrorCode(RuleIds.SupCnSimple)
            .WithMessage((line, code) => $"Simplified CN code '{code}' is only for goods consumed on board (stores, fuel), not {line.Kind}.")
            .When(line => SupplyCodes.IsSimplified(line.CnCode) && SupplyCodes.Kinds.Contains(line.Kind));
        RuleFor(x => x.CnChapter)
            .Required(RuleIds.SupCnSimple)
            .WithMessage("cnChapter is required with a simplified CN code: the code must fit the goods' chapter.")
            .Must((line, chapter) => chapter is null || SupplyCodes.FitsChapter(line.CnCode!, chapter.Value))
            .WithErrorCode(RuleIds.SupCnSimple)
            .WithMessage((line, chapter) => $"Simplified CN code '{line.CnCode}' does not fit goods of CN chapter {chapter}: {RangeOf(line.CnCode!)}.")
            .When(line => SupplyCodes.IsSimplified(line.CnCode));
        RuleFor(x => x.CnChapter)
            .Must((line, chapter) => chapter is null || !HsCode.TryParse(line.CnCode, out var cn) || cn.Chapter == chapter)
            .WithErrorCode(RuleIds.Consistency)
            .WithMessage((line, chapter) => $"cnChapter {chapter} is not the chapter of CN code '{line.CnCode}'.")
            .Unless(line => SupplyCodes.IsSimplified(line.CnCode));

        RuleFor(x => x.CustomsStatus).Required().MustBeOneOf(SupplyCodes.Statuses);
        RuleFor(x => x.Kind)
            .Required()
            .Must(kind => kind is null || SupplyCodes.Kinds.Contains(kind))
            .WithErrorCode(RuleIds.SupNoExs)
            .WithMessage((_, kind) => $"'{kind}' is not a ship supply (stores, spare-parts, equipment, fuel): other goods leave by an ordinary export, with an exit summary declaration.");
        RuleFor(x => x.Quantity).Required().Must(quantity => quantity is null || quantity > 0)
            .WithErrorCode(RuleIds.FormatValue)
            .WithMessage((_, quantity) => string.Create(CultureInfo.InvariantCulture, $"quantity {quantity} is not above 0."));
        RuleFor(x => x.Unit).Required();
        RuleFor(x => x.ValueEur).Required().MustBeAtLeast(0m);
        RuleFor(x => x.NetMassKg).Required().Must(mass => mass is null || mass > 0)
            .WithErrorCode(RuleIds.FormatValue)
            .WithMessage((_, mass) => string.Create(CultureInfo.InvariantCulture, $"netMassKg {mass} is not above 0."));
        RuleFor(x => x.ProhibitionsOrRestrictions).Required();
        RuleFor(x => x.TakenFrom).MustBeOneOf(SupplyCodes.Origins).When(line => line.TakenFrom is not null);
    }

    /// <summary>A shared instance; the validator holds no state.</summary>
    public static SupplyLineValidator Instance { get; } = new();

    private static string RangeOf(string simplifiedCode) => SupplyCodes.Digits(simplifiedCode) switch
    {
        SupplyCodes.SimplifiedFood => "it covers chapters 1–24",
        SupplyCodes.SimplifiedFuel => "it covers chapter 27",
        _ => "it covers goods outside chapters 1–24 and 27",
    };
}
