namespace Ics2Port.Domain.Tests.Reading;

using Ics2Port.Domain.Common;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Reading;
using Ics2Port.Domain.Tests.Builders;

/// <summary>Read a table, validate the document, report against the rows: what a sender of a CSV file sees.</summary>
public sealed class ReadingPipelineTests
{
    // Row 0 is BL-1's first item, row 1 BL-2's only item, row 2 BL-1's second item: the findings follow the
    // document (BL-1, its items, then BL-2 and its item) and point at the rows the values came from.
    private static readonly (string, string)[] RefusedManifestErrors =
    [
        ("/rows/0/ensMrn", RuleIds.EnsRegistration),
        ("/rows/2/description", RuleIds.Required),
        ("/rows/2/containerNumber", RuleIds.FormatContainer),
        ("/rows/1/ensExemption", RuleIds.EnsExempt),
        ("/rows/1/hsCode", RuleIds.FormatHs),
    ];

    private static readonly string[] RefusedItemMessages =
    [
        "Description is required.",
        "Container number 'CSQU3054384' is not a valid ISO 6346 container number.",
        "HS code '44' is not a valid 4, 6 or 8-digit HS/CN code.",
    ];

    [Fact]
    public void Validate_CrewListCsv_FindingsPointAtRows()
    {
        var csv = Utf8Bytes.Lines(
            "familyName,givenNames,nationality,dateOfBirth,placeOfBirth,gender,identityDocument.type,identityDocument.number,identityDocument.issuingState,identityDocument.expiryDate,rankOrRating",
            "Ozols,Janis,LV,1971-03-02,Riga,M,passport,LV1234567,LV,2030-01-31,MASTER",
            "",
            "Berzina,,Latvia,1990-12-24,Liepaja,F,passport,LV7654321,LV,2030-06-30,AB");
        var read = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Csv, csv);
        var report = DocumentValidator.Validate(DocumentType.Fal5, read.Document!, new DocumentContextBuilder().Build());

        var source = read.SourceMap.ToSource(report);

        Assert.Equal(
            [("/rows/2/givenNames", RuleIds.Required), ("/rows/2/nationality", RuleIds.FormatCountry)],
            source.Errors.Select(error => (error.Pointer, error.Rule)).Order());
    }

    [Fact]
    public void Validate_ManifestCsv_FindingsPointAtItemAndConsignmentRows()
    {
        var csv = ManifestCsv.Table(
            ',',
            ManifestCsv.Columns,
            ManifestCsv.FirstRow,
            ManifestCsv.SecondBillRow.With("consignee.country", "Latvia"),
            ManifestCsv.SecondItemRow.With("hsCode", "44"));
        var read = DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Csv, csv);
        var report = DocumentValidator.Validate(DocumentType.Manifest, read.Document!, new DocumentContextBuilder().Build());

        var source = read.SourceMap.ToSource(report);

        Assert.Contains(("/rows/1/consignee.country", RuleIds.FormatCountry), source.Errors.Select(error => (error.Pointer, error.Rule)));
        Assert.Contains(("/rows/2/hsCode", RuleIds.FormatHs), source.Errors.Select(error => (error.Pointer, error.Rule)));
        Assert.All(source.Errors.Concat(source.Warnings), finding => Assert.StartsWith("/rows", finding.Pointer, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RefusedManifestCsv_EveryFindingAtItsRowInOrder()
    {
        var csv = ManifestCsv.Table(',', [ManifestCsv.Columns, .. RefusedManifestRows()]);

        var source = ReadAndValidate(DocumentFormat.Csv, csv);

        Assert.Equal(RefusedManifestErrors, source.Errors.Select(error => (error.Pointer, error.Rule)));
        Assert.Equal(RefusedItemMessages, source.Errors.Where(error => error.Pointer is "/rows/2/description" or "/rows/2/containerNumber" or "/rows/1/hsCode").Select(error => error.Message));
        Assert.Equal([("/rows/2/hsCode", RuleIds.HsPartial)], source.Warnings.Select(warning => (warning.Pointer, warning.Rule)));
    }

    [Fact]
    public void Validate_RefusedManifestXlsx_EveryFindingAtItsRowInOrder()
    {
        var rows = RefusedManifestRows();
        var workbook = new WorkbookBuilder().Row(1, ManifestCsv.Columns, shared: true);
        for (var i = 0; i < rows.Length; i++)
        {
            workbook.Row((uint)i + 2, rows[i], shared: true);
        }

        var source = ReadAndValidate(DocumentFormat.Xlsx, workbook.Build());

        Assert.Equal(RefusedManifestErrors, source.Errors.Select(error => (error.Pointer, error.Rule)));
        Assert.Equal(RefusedItemMessages, source.Errors.Where(error => error.Pointer is "/rows/2/description" or "/rows/2/containerNumber" or "/rows/1/hsCode").Select(error => error.Message));
        Assert.Equal([("/rows/2/hsCode", RuleIds.HsPartial)], source.Warnings.Select(warning => (warning.Pointer, warning.Rule)));
    }

    [Fact]
    public void Validate_RefusedManifestJson_EveryFindingAtItsFieldInOrder()
    {
        var json = ManifestCsv.ExpectedJson
            .Replace("\"hsCode\": \"8202\"", "\"hsCode\": \"44\"", StringComparison.Ordinal)
            .Replace("\"description\": \"Planed timber\"", "\"description\": \"\"", StringComparison.Ordinal)
            .Replace("\"grossMassKg\": 8000, \"containerNumber\": \"CSQU3054383\"", "\"grossMassKg\": 8000, \"containerNumber\": \"CSQU3054384\"", StringComparison.Ordinal);

        var source = ReadAndValidate(DocumentFormat.Json, Utf8Bytes.Of(json));

        Assert.Equal(
            [
                ("/consignments/0/ensMrn", RuleIds.EnsRegistration),
                ("/consignments/0/items/1/description", RuleIds.Required),
                ("/consignments/0/items/1/containerNumber", RuleIds.FormatContainer),
                ("/consignments/1/ensExemption", RuleIds.EnsExempt),
                ("/consignments/1/items/0/hsCode", RuleIds.FormatHs),
            ],
            source.Errors.Select(error => (error.Pointer, error.Rule)));
        Assert.Equal(RefusedItemMessages, source.Errors.Where(error => error.Pointer.Contains("/items/", StringComparison.Ordinal)).Select(error => error.Message));
        Assert.Equal([("/consignments/0/items/1/hsCode", RuleIds.HsPartial)], source.Warnings.Select(warning => (warning.Pointer, warning.Rule)));
    }

    private static string[][] RefusedManifestRows() =>
    [
        ManifestCsv.FirstRow,
        ManifestCsv.SecondBillRow.With("hsCode", "44"),
        ManifestCsv.SecondItemRow.With("description", "").With("containerNumber", "CSQU3054384"),
    ];

    private static ValidationReport ReadAndValidate(DocumentFormat format, ReadOnlyMemory<byte> content)
    {
        var read = DocumentReader.Read(DocumentType.Manifest, format, content);
        Assert.Empty(read.Errors);
        var report = DocumentValidator.Validate(DocumentType.Manifest, read.Document!, new DocumentContextBuilder().Build());
        Assert.False(report.IsValid);
        return read.SourceMap.ToSource(report);
    }
}
