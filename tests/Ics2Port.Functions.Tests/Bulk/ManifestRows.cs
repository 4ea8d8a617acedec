using System.Globalization;
using System.Text;
using Ics2Port.Domain.Codes;

namespace Ics2Port.Functions.Tests.Bulk;

/// <summary>
/// A valid cargo manifest table for the sample port call (BALTIC TRADER into Riga), any number of rows: twenty
/// items per bill of lading, four per container, container numbers with their ISO 6346 check digits.
/// </summary>
internal static class ManifestRows
{
    public static readonly string[] Columns =
    [
        "issuer.name", "issuer.address", "issuer.country", "issuer.eori", "issuer.email", "issuer.phone", "issuerAuthorised",
        "billOfLading", "portOfLoading", "portOfDischarge",
        "consignor.name", "consignor.address", "consignor.country", "consignor.eori", "consignor.email", "consignor.phone",
        "consignee.name", "consignee.address", "consignee.country", "consignee.eori", "consignee.email", "consignee.phone",
        "cargoType", "ensMrn", "description", "hsCode", "packages.count", "packages.kind", "grossMassKg", "containerNumber", "marksAndNumbers", "goodsStatus",
    ];

    private static readonly string[] Party = ["Baltship Agency SIA", "Eksporta iela 3, Riga", "LV", "LV40003012345", "ops@baltship.lv", "+371 67000000"];

    public static IEnumerable<IReadOnlyList<string>> Table(int rows)
    {
        yield return Columns;
        for (var i = 0; i < rows; i++)
        {
            var bill = i / 20;
            yield return
            [
                .. Party, "true",
                Text($"BL-{bill:D6}"), "SEGOT", "LVRIX",
                "Goteborg Timber AB", "Hamngatan 2", "SE", "SE5560000001", "info@timber.example", "+46 310000000",
                .. Party,
                "container", Text($"26LV000210TS{bill:D6}"),
                "Sawn timber, pine", "440710", Text($"{1 + (i % 40)}"), "PK", Text($"{500 + (i % 97)}.5"), Container(i / 4), Text($"BT/{i}"), "C",
            ];
        }
    }

    public static byte[] Csv(int rows) => Encoding.UTF8.GetBytes(ToCsv(Table(rows)));

    public static string ToCsv(IEnumerable<IReadOnlyList<string>> table) =>
        string.Concat(table.Select(row => string.Join(',', row.Select(Quote)) + "\n"));

    private static string Quote(string value) =>
        value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal)
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;

    private static string Text(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);

    // Whichever check digit the domain accepts, so the data never drifts from the rule.
    private static string Container(int index)
    {
        var stem = Text($"CSQU{index % 1_000_000:D6}");
        for (var digit = 0; digit <= 9; digit++)
        {
            if (ContainerNumber.TryParse(stem + digit.ToString(CultureInfo.InvariantCulture), out var container))
            {
                return container.Value;
            }
        }

        throw new InvalidOperationException($"No check digit makes {stem} a valid container number.");
    }
}
