namespace Ics2Port.Domain.Manifests;

using FluentValidation;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.PortCalls;

/// <summary>
/// The ship's cargo manifest (FAL 2): issuer, consignments with consignor and consignee (PARTY-REQUIRED,
/// PARTY-MIN), items, customs statuses (STATUS-CODES, STATUS-MIXED), the status proof (STATUS-PROOF,
/// STATUS-ENDORSE) and the entry summary declaration on arrival (ENS-WHEN, ENS-EXEMPT).
/// </summary>
/// <remarks>
/// Findings: <c>REQUIRED</c> for missing fields, <c>FORMAT-*</c> for malformed codes, <c>FORMAT-VALUE</c> for a
/// value outside its set (cargo type) or range (package count, mass), <c>CONSISTENCY</c> for a bill of lading
/// listed twice, <c>ENS-REGISTRATION</c> for a malformed ENS MRN; <c>HS-PARTIAL</c> and <c>ENS-WHEN</c> are
/// warnings. A status other than C, F or N is <c>STATUS-CODES</c> on the field that carries it; an item without
/// any status is <c>STATUS-CODES</c> on its <c>goodsStatus</c>.
/// </remarks>
public sealed class CargoManifestValidator : AbstractValidator<CargoManifest>
{
    /// <summary>Creates the validator for a manifest of the port call described by <paramref name="context"/>.</summary>
    public CargoManifestValidator(DocumentContext context)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.Issuer).RequiredParty();
        RuleFor(x => x.IssuerAuthorised).Required();
        RuleFor(x => x.CustomsEndorsement!.Office).Required(RuleIds.StatusEndorse).FreeText(TextLimits.Name).When(x => x.CustomsEndorsement is not null);
        RuleFor(x => x.CustomsEndorsement!.Reference).Required(RuleIds.StatusEndorse).FreeText(TextLimits.Reference).When(x => x.CustomsEndorsement is not null);
        RuleFor(x => x.CustomsEndorsement!.Date).Required(RuleIds.StatusEndorse).MustBeIsoDate().When(x => x.CustomsEndorsement is not null);
        RuleFor(x => x.Consignments).Required().MustNotBeEmpty();
        var consignments = ConsignmentValidator.For(context.Direction);
        RuleFor(x => x.Consignments).EachValidatedBy(_ => consignments, EachElementRules.EmptyEntry);
        RuleFor(x => x).Custom((manifest, validation) => ManifestCrossChecks.Check(manifest, context, validation));
    }
}
