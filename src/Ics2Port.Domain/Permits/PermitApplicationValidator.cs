namespace Ics2Port.Domain.Permits;

using FluentValidation;
using FluentValidation.Results;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.PortCalls;

/// <summary>
/// An unloading or loading permit application (Reg. 339 chapter 9): port and berth (PERMIT-PORT-BERTH), one
/// berth for all its goods (PERMIT-ONE-BERTH), the customs reference outside a free zone (PERMIT-CUSTOMS-REF,
/// a warning), and per item the HS code (HS-REQUIRED, HS-PARTIAL), consignor and consignee (PARTY-REQUIRED,
/// PARTY-MIN) and the customs status (STATUS-CODES).
/// </summary>
public sealed class PermitApplicationValidator : AbstractValidator<PermitApplication>
{
    /// <summary>Creates the validator for an application filed for the port call described by <paramref name="context"/>.</summary>
    public PermitApplicationValidator(DocumentContext context)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.Operation).Required().MustBeOneOf("unloading", "loading");
        RuleFor(x => x.Port)
            .Required(RuleIds.PermitPortBerth)
            .MustBeUnLocode()
            .Must(port => context.Port is null || string.Equals(port, context.Port, StringComparison.Ordinal))
            .WithErrorCode(RuleIds.Consistency)
            .WithMessage((_, port) => $"Port {port} is not the port of the port call, {context.Port}.");
        RuleFor(x => x.Berth).Required(RuleIds.PermitPortBerth).FreeText(TextLimits.Reference);
        RuleFor(x => x.CustomsReference).FreeText(TextLimits.Reference);
        RuleFor(x => x.BerthInFreeZone).Required();
        RuleFor(x => x.CustomsReference)
            .Must((application, reference) => application.BerthInFreeZone != false || !string.IsNullOrWhiteSpace(reference))
            .WithSeverity(Severity.Warning)
            .WithErrorCode(RuleIds.PermitCustomsRef)
            .WithMessage("The berth is not in a free zone: give the EMDAS declaration number (e.g. the temporary storage declaration) as customsReference to speed up clearance.");
        RuleFor(x => x.Items).Required().MustNotBeEmpty();
        // FluentValidation never hands a null element to a child validator; '!' only bridges the annotation.
        RuleForEach(x => x.Items).RequiredEach(PermitItemValidator.Instance!);
        RuleFor(x => x).Custom(CheckOneBerth);
    }

    // PERMIT-ONE-BERTH: every item that names another berth than the application's is refused, and each message names all berths found.
    private static void CheckOneBerth(PermitApplication application, ValidationContext<PermitApplication> validation)
    {
        var items = application.Items ?? [];
        var applicationBerth = Present(application.Berth) ?? items.Select(item => Present(item?.Berth)).FirstOrDefault(berth => berth is not null);
        if (applicationBerth is null)
        {
            return;
        }

        var berthsFound = new List<string> { applicationBerth };
        var seen = new HashSet<string>(berthsFound, StringComparer.OrdinalIgnoreCase);
        var offending = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (Present(items[i]?.Berth) is { } berth && !string.Equals(berth, applicationBerth, StringComparison.OrdinalIgnoreCase))
            {
                offending.Add(i);
                if (seen.Add(berth))
                {
                    berthsFound.Add(berth);
                }
            }
        }

        var message = $"The application names berths {string.Join(", ", berthsFound)}; one application covers one berth.";
        foreach (var i in offending)
        {
            validation.AddFailure(new ValidationFailure($"Items[{i}].Berth", message) { ErrorCode = RuleIds.PermitOneBerth });
        }
    }

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
