namespace Ics2Port.Domain.ShipSupplies;

using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Ics2Port.Domain.Common;

/// <summary>
/// A proof of loading on board (SUP-EXPORT) against the supply it confirms: who and when, and for each line named once,
/// a quantity above 0 and at most what the line supplies.
/// </summary>
public sealed class LoadingProofValidator : AbstractValidator<LoadingProof>
{
    /// <summary>Creates the validator for a proof of the supply with <paramref name="supplied"/> lines.</summary>
    public LoadingProofValidator(IReadOnlyList<SupplyLine> supplied)
    {
        ArgumentNullException.ThrowIfNull(supplied);
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.ConfirmedBy).Required(RuleIds.SupExport).WithMessage("confirmedBy is required: who on the ship's side confirms the loading.");
        RuleFor(x => x.ConfirmedBy!.Name).Required(RuleIds.SupExport).When(x => x.ConfirmedBy is not null);
        RuleFor(x => x.ConfirmedBy!.Rank).Required(RuleIds.SupExport).When(x => x.ConfirmedBy is not null);
        RuleFor(x => x.LoadedAt).Required(RuleIds.SupExport).MustBeIsoDateTime();
        RuleFor(x => x.Lines).Required(RuleIds.SupExport).MustNotBeEmpty();
        RuleFor(x => x).Custom((proof, validation) => CheckLines(proof, supplied, validation));
    }

    private static void CheckLines(LoadingProof proof, IReadOnlyList<SupplyLine> supplied, ValidationContext<LoadingProof> validation)
    {
        var named = new HashSet<int>();
        var lines = proof.Lines ?? [];
        for (var i = 0; i < lines.Count; i++)
        {
            var loaded = lines[i];
            if (loaded?.Line is not { } line)
            {
                Fail($"Lines[{i}].Line", RuleIds.SupExport, "line is required: which line of the supply was loaded.");
            }
            else if (line < 0 || line >= supplied.Count)
            {
                Fail($"Lines[{i}].Line", RuleIds.Consistency, $"The supply has no line {line} (it has {supplied.Count}).");
            }
            else if (!named.Add(line))
            {
                Fail($"Lines[{i}].Line", RuleIds.Consistency, $"Line {line} is named twice.");
            }
            else if (loaded.Quantity is not { } quantity)
            {
                Fail($"Lines[{i}].Quantity", RuleIds.SupExport, "quantity is required: how much of the line was loaded.");
            }
            else if (quantity <= 0 || quantity > supplied[line].Quantity)
            {
                Fail($"Lines[{i}].Quantity", RuleIds.Consistency, string.Create(CultureInfo.InvariantCulture,
                    $"quantity {quantity} is not above 0 and at most the {supplied[line].Quantity} {supplied[line].Unit} supplied on line {line}."));
            }
        }

        void Fail(string property, string rule, string message) => validation.AddFailure(new ValidationFailure(property, message) { ErrorCode = rule });
    }
}
