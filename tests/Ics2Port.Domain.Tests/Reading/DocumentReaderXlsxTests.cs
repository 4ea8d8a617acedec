namespace Ics2Port.Domain.Tests.Reading;

using Ics2Port.Domain.Common;
using Ics2Port.Domain.CrewLists;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Reading;

public sealed class DocumentReaderXlsxTests
{
    [Fact]
    public void Read_ManifestWorkbook_SameAsTheCsv()
    {
        var workbook = new WorkbookBuilder()
            .Row(1, ManifestCsv.Columns, shared: true)
            .Row(2, ManifestCsv.FirstRow.With("issuerAuthorised", "").With("packages.count", "").With("grossMassKg", ""), shared: false)
            .Boolean("G2", true).Number("AE2", "40").Number("AG2", "21000.5")
            .Row(3, ManifestCsv.SecondBillRow.With("packages.count", "").With("grossMassKg", ""), shared: true)
            .Number("AE3", "3").Number("AG3", "6E2")
            .Row(4, ManifestCsv.SecondItemRow, shared: false)
            .Build();
        var csv = DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Csv, ManifestCsv.ThreeRows());

        var result = DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Xlsx, workbook);

        ReadingAssert.SameAsJson(DocumentType.Manifest, ManifestCsv.ExpectedJson, result.Document);
        Assert.Equal(csv.SourceMap.ToSource("/consignments/0/items/1/hsCode"), result.SourceMap.ToSource("/consignments/0/items/1/hsCode"));
        Assert.Equal(3, result.RowCount);
    }

    [Fact]
    public void Read_SkippedCellsAndRows_AreEmptyButCounted()
    {
        var workbook = new WorkbookBuilder()
            .Shared("A1", "familyName").Shared("B1", " placeOfBirth ").Shared("C1", "rankOrRating")
            .Inline("A2", "Ozols").Inline("C2", "MASTER")
            .Inline("A4", "Berzina").Shared("B4", "Liepaja").Inline("C4", "AB")
            .Build();

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Xlsx, workbook);

        var crew = Assert.IsType<CrewList>(result.Document).Crew!;
        Assert.Equal([("Ozols", null, "MASTER"), ("Berzina", "Liepaja", "AB")], crew.Select(member => (member.FamilyName, member.PlaceOfBirth, member.RankOrRating)));
        Assert.Equal("/rows/2/placeOfBirth", result.SourceMap.ToSource("/crew/1/placeOfBirth"));
    }

    [Fact]
    public void Read_TextInNumberColumn_FormatXlsxAtCell()
    {
        var workbook = new WorkbookBuilder()
            .Shared("A1", "billOfLading").Shared("B1", "grossMassKg")
            .Inline("A2", "BL-1").Number("B2", "100")
            .Inline("A3", "BL-1").Inline("B3", "about 100")
            .Build();

        var result = DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Xlsx, workbook);

        var error = ReadingAssert.SingleError(result);
        Assert.Equal(("/rows/1/grossMassKg", RuleIds.FormatXlsx), (error.Pointer, error.Rule));
    }

    [Fact]
    public void Read_FormulaError_FormatXlsxAtRow()
    {
        var workbook = new WorkbookBuilder()
            .Shared("A1", "familyName").Shared("B1", "rankOrRating")
            .Inline("A2", "Ozols").Error("B2", "#N/A")
            .Build();

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Xlsx, workbook);

        var error = ReadingAssert.SingleError(result);
        Assert.Equal(("/rows/0", "Row 0, column 2: the cell holds the error #N/A."), (error.Pointer, error.Message));
    }

    [Fact]
    public void Read_UnknownColumnAndValueOutsideHeader_FormatXlsx()
    {
        var workbook = new WorkbookBuilder()
            .Shared("A1", "familyName").Shared("B1", "rank")
            .Inline("A2", "Ozols").Inline("B2", "MASTER").Inline("D2", "note")
            .Build();

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Xlsx, workbook);

        Assert.Equal([("/rows/0", RuleIds.FormatXlsx), ("/header/rank", RuleIds.FormatXlsx)], result.Errors.Select(error => (error.Pointer, error.Rule)));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3 })]
    [InlineData(new byte[] { (byte)'a', (byte)',', (byte)'b', (byte)'\n' })]
    public void Read_NotAWorkbook_FormatXlsxAtRoot(byte[] content)
    {
        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Xlsx, content);

        var error = ReadingAssert.SingleError(result);
        Assert.Equal(("", RuleIds.FormatXlsx), (error.Pointer, error.Rule));
        Assert.StartsWith("The file is not a readable .xlsx workbook", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedWorkbook_FormatXlsx()
    {
        var workbook = new WorkbookBuilder().Shared("A1", "familyName").Inline("A2", "Ozols").Build();

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Xlsx, workbook.AsMemory(0, workbook.Length / 2));

        Assert.Equal(RuleIds.FormatXlsx, ReadingAssert.SingleError(result).Rule);
    }

    [Fact]
    public void Read_EmptyWorksheet_FormatXlsx()
    {
        var workbook = new WorkbookBuilder().Build();

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Xlsx, workbook);

        Assert.Equal("The first worksheet is empty; its first row must name the columns.", ReadingAssert.SingleError(result).Message);
    }

    [Fact]
    public void Read_SharedStringLongerThanACellTakes_FormatXlsxNamingTheLimit()
    {
        var workbook = new WorkbookBuilder().Shared("A1", "familyName").Shared("A2", new string('A', 32_768)).Build();

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Xlsx, workbook);

        var error = ReadingAssert.SingleError(result);
        Assert.Equal(("", RuleIds.FormatXlsx), (error.Pointer, error.Rule));
        Assert.Contains("at most 32767 characters each", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InlineCellLongerThanACellTakes_FormatXlsxAtTheRow()
    {
        var workbook = new WorkbookBuilder().Shared("A1", "familyName").Inline("A2", new string('A', 32_768)).Build();

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Xlsx, workbook);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("/rows/0", RuleIds.FormatXlsx), (error.Pointer, error.Rule));
        Assert.Contains("the cell has 32768 characters; at most 32767 are allowed.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ArchiveOfMoreEntriesThanAWorkbookHas_FormatXlsxNamingTheLimit()
    {
        using var packed = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(packed, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < 300; i++)
            {
                zip.CreateEntry($"part{i}.xml").Open().Dispose();
            }
        }

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Xlsx, packed.ToArray());

        Assert.Equal("The workbook has 300 entries; at most 256 are allowed.", ReadingAssert.SingleError(result).Message);
    }
}
