namespace Ics2Port.Bench.Bulk;

using System.Globalization;
using System.Text;
using Ics2Port.Domain.Manifests;
using Ics2Port.Domain.Parties;

/// <summary>
/// A manifest as the CSV an agent drops as a bulk file: one row per item, the manifest's and the consignment's
/// columns repeated on every row, each row stating its item's own status (its consignment's when it has none).
/// </summary>
internal static class SyntheticManifestCsv
{
    private static readonly string[] PartyFields = ["name", "address", "country", "eori", "email", "phone"];

    private static readonly string[] Columns =
    [
        .. PartyFields.Select(f => "issuer." + f), "issuerAuthorised",
        "billOfLading", "portOfLoading", "portOfDischarge",
        .. PartyFields.Select(f => "consignor." + f), .. PartyFields.Select(f => "consignee." + f),
        "cargoType", "ensMrn", "ensExemption",
        "description", "hsCode", "packages.count", "packages.kind", "grossMassKg", "containerNumber", "marksAndNumbers", "goodsStatus",
    ];

    public static byte[] Write(CargoManifest manifest)
    {
        var csv = new StringBuilder();
        AppendRow(csv, Columns);
        foreach (var consignment in manifest.Consignments ?? [])
        {
            foreach (var item in consignment.Items ?? [])
            {
                AppendRow(csv,
                [
                    .. Party(manifest.Issuer), Text(manifest.IssuerAuthorised),
                    consignment.BillOfLading, consignment.PortOfLoading, consignment.PortOfDischarge,
                    .. Party(consignment.Consignor), .. Party(consignment.Consignee),
                    consignment.CargoType, consignment.EnsMrn, consignment.EnsExemption,
                    item.Description, item.HsCode, Text(item.Packages?.Count), item.Packages?.Kind, Text(item.GrossMassKg),
                    item.ContainerNumber, item.MarksAndNumbers, item.GoodsStatus ?? consignment.GoodsStatus,
                ]);
            }
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static string?[] Party(Party? party) =>
        [party?.Name, party?.Address, party?.Country, party?.Eori, party?.Email, party?.Phone];

    private static string? Text(IFormattable? value) => value?.ToString(null, CultureInfo.InvariantCulture);

    private static string? Text(bool? value) => value switch { true => "true", false => "false", null => null };

    private static void AppendRow(StringBuilder csv, IEnumerable<string?> values)
    {
        csv.AppendJoin(',', values.Select(value => Quote(value ?? string.Empty)));
        csv.Append('\n');
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
