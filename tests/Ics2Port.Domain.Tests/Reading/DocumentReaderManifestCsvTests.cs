namespace Ics2Port.Domain.Tests.Reading;

using System.Diagnostics;
using System.Globalization;
using System.Text;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.Manifests;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Reading;

public sealed class DocumentReaderManifestCsvTests
{
    [Fact]
    public void Read_InterleavedBillsOfLading_GroupIntoConsignmentsInOrderOfFirstAppearance()
    {
        var csv = ManifestCsv.ThreeRows();

        var result = DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Csv, csv);

        ReadingAssert.SameAsJson(DocumentType.Manifest, ManifestCsv.ExpectedJson, result.Document);
        Assert.Equal(3, result.RowCount);
    }

    [Fact]
    public void Read_SemicolonSeparated_SameManifest()
    {
        var csv = ManifestCsv.ThreeRows(';');

        var result = DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Csv, csv);

        ReadingAssert.SameAsJson(DocumentType.Manifest, ManifestCsv.ExpectedJson, result.Document);
    }

    [Fact]
    public void Read_MarksWithLineBreak_KeptInTheItem()
    {
        var csv = ManifestCsv.Table(',', ManifestCsv.Columns, ManifestCsv.FirstRow.With("marksAndNumbers", "RW\n1-40, \"A\""));

        var result = DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Csv, csv);

        var manifest = Assert.IsType<CargoManifest>(result.Document);
        Assert.Equal("RW\n1-40, \"A\"", manifest.Consignments![0].Items![0].MarksAndNumbers);
    }

    [Fact]
    public void Read_BadNumber_FormatCsvAtRowAndColumn()
    {
        var csv = ManifestCsv.Table(',', ManifestCsv.Columns, ManifestCsv.FirstRow, ManifestCsv.SecondBillRow, ManifestCsv.SecondItemRow.With("grossMassKg", "8,000"));

        var result = DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Csv, csv);

        var error = ReadingAssert.SingleError(result);
        Assert.Equal(("/rows/2/grossMassKg", RuleIds.FormatCsv), (error.Pointer, error.Rule));
        Assert.StartsWith("'8,000' in grossMassKg is not a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadPackageCount_FormatCsvAtRowAndColumn()
    {
        var csv = ManifestCsv.Table(',', ManifestCsv.Columns, ManifestCsv.FirstRow.With("packages.count", "12.5"));

        var result = DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Csv, csv);

        Assert.Equal("/rows/0/packages.count", ReadingAssert.SingleError(result).Pointer);
    }

    [Fact]
    public void Read_ConflictingConsignmentValue_FormatCsvAtLaterCell()
    {
        var csv = ManifestCsv.Table(',', ManifestCsv.Columns, ManifestCsv.FirstRow, ManifestCsv.SecondBillRow, ManifestCsv.SecondItemRow.With("consignee.eori", "LV40003000099"));

        var result = DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Csv, csv);

        var error = ReadingAssert.SingleError(result);
        Assert.Equal(("/rows/2/consignee.eori", RuleIds.FormatCsv), (error.Pointer, error.Rule));
        Assert.Equal(
            "'LV40003000099' differs from row 0, which has 'LV40003000002': consignee.eori must be the same on every row of bill of lading 'BL-1'.",
            error.Message);
    }

    [Fact]
    public void Read_ConflictingManifestValue_FormatCsvDiffersFromRow0()
    {
        var csv = ManifestCsv.Table(',', ManifestCsv.Columns, ManifestCsv.FirstRow, ManifestCsv.SecondBillRow.With("issuerAuthorised", "false"), ManifestCsv.SecondItemRow.With("issuer.name", "Other Lines"));

        var result = DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Csv, csv);

        Assert.Equal(["/rows/1/issuerAuthorised", "/rows/2/issuer.name"], result.Errors.Select(error => error.Pointer));
        Assert.All(result.Errors, error => Assert.Contains("differs from row 0", error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ConsignmentValueFirstGivenOnLaterRow_IsTaken()
    {
        var csv = ManifestCsv.Table(',', ManifestCsv.Columns, ManifestCsv.FirstRow.With("ensMrn", ""), ManifestCsv.SecondItemRow.With("ensMrn", "26SE0000000000009"));

        var result = DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Csv, csv);

        var consignment = Assert.Single(Assert.IsType<CargoManifest>(result.Document).Consignments!);
        Assert.Equal("26SE0000000000009", consignment.EnsMrn);
        Assert.Equal("/rows/1/ensMrn", result.SourceMap.ToSource("/consignments/0/ensMrn"));
    }

    [Fact]
    public void Read_RowsWithoutBillOfLading_FormOneConsignment()
    {
        var csv = ManifestCsv.Table(
            ',',
            ManifestCsv.Columns,
            ManifestCsv.FirstRow.With("billOfLading", ""),
            ManifestCsv.SecondBillRow,
            ManifestCsv.SecondItemRow.With("billOfLading", "").With("portOfLoading", ""));

        var result = DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Csv, csv);

        var consignments = Assert.IsType<CargoManifest>(result.Document).Consignments!;
        Assert.Equal([(null, 2), ("BL-2", 1)], consignments.Select(consignment => (consignment.BillOfLading, consignment.Items!.Count)));
    }

    [Fact]
    public void Read_OnlyItemColumns_ManifestWithoutParties()
    {
        var csv = Utf8Bytes.Lines("billOfLading,description,hsCode", "BL-1,Sawn timber,4407");

        var result = DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Csv, csv);

        var manifest = Assert.IsType<CargoManifest>(result.Document);
        Assert.Equal((null, null, null), (manifest.Issuer, manifest.IssuerAuthorised, manifest.CustomsEndorsement));
        var consignment = Assert.Single(manifest.Consignments!);
        Assert.Equal((null, null, null), (consignment.Consignor, consignment.GoodsStatus, consignment.Items![0].Packages));
    }

    [Fact]
    public void Read_TenThousandItems_ReadsQuickly()
    {
        var text = new StringBuilder(string.Join(',', ManifestCsv.Columns)).Append('\n');
        for (var row = 0; row < 10_000; row++)
        {
            var values = ManifestCsv.FirstRow.With("billOfLading", "BL-" + (row % 250).ToString(CultureInfo.InvariantCulture));
            text.AppendJoin(',', values.Select(value => value.Contains(',', StringComparison.Ordinal) ? "\"" + value + "\"" : value)).Append('\n');
        }

        var csv = Encoding.UTF8.GetBytes(text.ToString());
        DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Csv, ManifestCsv.ThreeRows());
        var clock = Stopwatch.StartNew();

        var result = DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Csv, csv);

        clock.Stop();
        var manifest = Assert.IsType<CargoManifest>(result.Document);
        Assert.Equal((250, 40), (manifest.Consignments!.Count, manifest.Consignments[0].Items!.Count));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"Reading took {clock.Elapsed}.");
    }
}
