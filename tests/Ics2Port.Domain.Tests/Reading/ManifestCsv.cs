namespace Ics2Port.Domain.Tests.Reading;

/// <summary>Manifest tables for tests: every column of CONTRACT.md, one row per item.</summary>
internal static class ManifestCsv
{
    public static readonly string[] Columns =
    [
        "issuer.name", "issuer.address", "issuer.country", "issuer.eori", "issuer.email", "issuer.phone", "issuerAuthorised",
        "customsEndorsement.office", "customsEndorsement.reference", "customsEndorsement.date",
        "billOfLading", "portOfLoading", "portOfDischarge",
        "consignor.name", "consignor.address", "consignor.country", "consignor.eori", "consignor.email", "consignor.phone",
        "consignee.name", "consignee.address", "consignee.country", "consignee.eori", "consignee.email", "consignee.phone",
        "cargoType", "ensMrn", "ensExemption",
        "description", "hsCode", "packages.count", "packages.kind", "grossMassKg", "containerNumber", "marksAndNumbers", "goodsStatus",
    ];

    /// <summary>Row 0: the manifest, bill BL-1 and its first item.</summary>
    public static readonly string[] FirstRow =
    [
        "Baltic Lines", "Krasta iela 1, Riga", "LV", "LV40003000001", "ops@baltic.example", "+37167000000", "true",
        "SE000001", "ENDORSE-7", "2026-11-20",
        "BL-1", "SEGOT", "LVRIX",
        "Goteborg Timber AB", "Hamngatan 2", "SE", "SE5560000001", "info@timber.example", "+46310000000",
        "Riga Wood SIA", "Eksporta iela 3", "LV", "LV40003000002", "buy@wood.example", "+37167000001",
        "container", "26SE0000000000001", "",
        "Sawn timber", "440710", "40", "PK", "21000.5", "CSQU3054383", "RW 1-40", "C",
    ];

    /// <summary>Row 1: bill BL-2, interleaved, without the manifest's columns.</summary>
    public static readonly string[] SecondBillRow =
    [
        "", "", "", "", "", "", "",
        "", "", "",
        "BL-2", "DEHAM", "LVRIX",
        "Hamburg Machines GmbH", "Kai 5", "DE", "", "sales@machines.example", "+49400000000",
        "Riga Wood SIA", "Eksporta iela 3", "LV", "", "buy@wood.example", "+37167000001",
        "break-bulk", "", "short-sea-exempt",
        "Saw blades", "8202", "3", "CS", "600", "", "", "N",
    ];

    /// <summary>Row 2: the second item of BL-1, repeating only some of the consignment's columns.</summary>
    public static readonly string[] SecondItemRow =
    [
        "Baltic Lines", "", "", "", "", "", "TRUE",
        "", "", "",
        "BL-1", "SEGOT", "",
        "", "", "", "", "", "",
        "", "", "", "LV40003000002", "", "",
        "", "", "",
        "Planed timber", "4407", "12", "PK", "8000", "CSQU3054383", "", "F",
    ];

    public const string ExpectedJson = """
        { "issuer": { "name": "Baltic Lines", "address": "Krasta iela 1, Riga", "country": "LV", "eori": "LV40003000001", "email": "ops@baltic.example", "phone": "+37167000000" },
          "issuerAuthorised": true,
          "customsEndorsement": { "office": "SE000001", "reference": "ENDORSE-7", "date": "2026-11-20" },
          "consignments": [
            { "billOfLading": "BL-1", "portOfLoading": "SEGOT", "portOfDischarge": "LVRIX",
              "consignor": { "name": "Goteborg Timber AB", "address": "Hamngatan 2", "country": "SE", "eori": "SE5560000001", "email": "info@timber.example", "phone": "+46310000000" },
              "consignee": { "name": "Riga Wood SIA", "address": "Eksporta iela 3", "country": "LV", "eori": "LV40003000002", "email": "buy@wood.example", "phone": "+37167000001" },
              "cargoType": "container", "ensMrn": "26SE0000000000001",
              "items": [
                { "description": "Sawn timber", "hsCode": "440710", "packages": { "count": 40, "kind": "PK" }, "grossMassKg": 21000.5, "containerNumber": "CSQU3054383", "marksAndNumbers": "RW 1-40", "goodsStatus": "C" },
                { "description": "Planed timber", "hsCode": "4407", "packages": { "count": 12, "kind": "PK" }, "grossMassKg": 8000, "containerNumber": "CSQU3054383", "goodsStatus": "F" } ] },
            { "billOfLading": "BL-2", "portOfLoading": "DEHAM", "portOfDischarge": "LVRIX",
              "consignor": { "name": "Hamburg Machines GmbH", "address": "Kai 5", "country": "DE", "email": "sales@machines.example", "phone": "+49400000000" },
              "consignee": { "name": "Riga Wood SIA", "address": "Eksporta iela 3", "country": "LV", "email": "buy@wood.example", "phone": "+37167000001" },
              "cargoType": "break-bulk", "ensExemption": "short-sea-exempt",
              "items": [ { "description": "Saw blades", "hsCode": "8202", "packages": { "count": 3, "kind": "CS" }, "grossMassKg": 600, "goodsStatus": "N" } ] } ] }
        """;

    /// <summary>The three rows above, comma-separated, quoted where needed.</summary>
    public static ReadOnlyMemory<byte> ThreeRows(char separator = ',') =>
        Table(separator, Columns, FirstRow, SecondBillRow, SecondItemRow);

    public static ReadOnlyMemory<byte> Table(char separator, params string[][] rows) =>
        Utf8Bytes.Lines([.. rows.Select(row => string.Join(separator, row.Select(value => Quote(value, separator))))]);

    /// <summary>A copy of <paramref name="row"/> with one column changed.</summary>
    public static string[] With(this string[] row, string column, string value)
    {
        var copy = (string[])row.Clone();
        copy[Array.IndexOf(Columns, column)] = value;
        return copy;
    }

    private static string Quote(string value, char separator) =>
        value.Contains(separator, StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal)
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}
