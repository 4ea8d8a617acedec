namespace Ics2Port.Domain.Tests.Reading;

using System.Globalization;
using global::DocumentFormat.OpenXml;
using global::DocumentFormat.OpenXml.Packaging;
using global::DocumentFormat.OpenXml.Spreadsheet;

/// <summary>Builds a small .xlsx workbook cell by cell, the way spreadsheet programs store them.</summary>
internal sealed class WorkbookBuilder
{
    private readonly SortedDictionary<uint, List<Cell>> rows = [];
    private readonly List<string> sharedStrings = [];

    public WorkbookBuilder Shared(string reference, string text)
    {
        var index = sharedStrings.IndexOf(text);
        if (index < 0)
        {
            index = sharedStrings.Count;
            sharedStrings.Add(text);
        }

        return Add(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture)) });
    }

    public WorkbookBuilder Inline(string reference, string text) =>
        Add(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) });

    public WorkbookBuilder Number(string reference, string invariantNumber) =>
        Add(new Cell { CellReference = reference, CellValue = new CellValue(invariantNumber) });

    public WorkbookBuilder Boolean(string reference, bool value) =>
        Add(new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(value ? "1" : "0") });

    public WorkbookBuilder Error(string reference, string error) =>
        Add(new Cell { CellReference = reference, DataType = CellValues.Error, CellValue = new CellValue(error) });

    /// <summary>A row of text cells from column A, shared strings or inline; empty values are left out.</summary>
    public WorkbookBuilder Row(uint row, IReadOnlyList<string> values, bool shared)
    {
        for (var column = 0; column < values.Count; column++)
        {
            if (values[column].Length > 0)
            {
                var reference = Column(column) + row.ToString(CultureInfo.InvariantCulture);
                _ = shared ? Shared(reference, values[column]) : Inline(reference, values[column]);
            }
        }

        return this;
    }

    public static string Column(int index) => index < 26
        ? ((char)('A' + index)).ToString()
        : Column((index / 26) - 1) + (char)('A' + (index % 26));

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(sharedStrings.Select(text => new SharedStringItem(new Text(text))));
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData(rows.Select(row => new Row(row.Value) { RowIndex = row.Key }));
            worksheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = "Manifest" }));
        }

        return stream.ToArray();
    }

    private WorkbookBuilder Add(Cell cell)
    {
        var reference = cell.CellReference!.Value!;
        var row = uint.Parse(reference.AsSpan(reference.IndexOfAnyInRange('0', '9')), CultureInfo.InvariantCulture);
        if (!rows.TryGetValue(row, out var cells))
        {
            rows[row] = cells = [];
        }

        cells.Add(cell);
        return this;
    }
}
