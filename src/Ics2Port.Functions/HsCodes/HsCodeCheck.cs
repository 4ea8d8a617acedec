namespace Ics2Port.Functions.HsCodes;

using Ics2Port.Domain.Codes;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.Manifests;
using Ics2Port.Domain.Permits;

/// <summary>
/// FORMAT-HS against the nomenclature: a well-formed code that the nomenclature does not list is an error.
/// Malformed codes are left to the document's validator, which reports them already.
/// </summary>
public static class HsCodeCheck
{
    public static ValidationReport Apply(ValidationReport report, object document, IHsCodeCatalog? catalog)
    {
        if (catalog is null)
        {
            return report;
        }

        var reported = report.Errors.Where(error => error.Rule == RuleIds.FormatHs).Select(error => error.Pointer).ToHashSet(StringComparer.Ordinal);
        var unknown = CodesOf(document)
            .Where(code => !reported.Contains(code.Pointer) && HsCode.TryParse(code.Value, out _) && !catalog.Contains(code.Value))
            .Select(code => new Finding(code.Pointer, RuleIds.FormatHs, $"HS code '{code.Value}' is not in the nomenclature."))
            .ToList();
        return unknown.Count == 0 ? report : report.Merge(new ValidationReport(unknown, []));
    }

    private static IEnumerable<(string Pointer, string Value)> CodesOf(object document) => document switch
    {
        CargoManifest manifest =>
            from consignment in (manifest.Consignments ?? []).Select((value, index) => (value, index))
            from item in (consignment.value.Items ?? []).Select((value, index) => (value, index))
            where item.value.HsCode is not null
            select ($"/consignments/{consignment.index}/items/{item.index}/hsCode", item.value.HsCode!),
        PermitApplication permit =>
            from item in (permit.Items ?? []).Select((value, index) => (value, index))
            where item.value.HsCode is not null
            select ($"/items/{item.index}/hsCode", item.value.HsCode!),
        _ => [],
    };
}
