extern alias OpenXml;

using System.Globalization;
using OpenXml::DocumentFormat.OpenXml.Packaging;
using OpenXml::DocumentFormat.OpenXml.Spreadsheet;

namespace Ics2Port.Functions.Tests.Bulk;

/// <summary>An .xlsx workbook whose first sheet holds the given rows as text cells, as a spreadsheet program saves a CSV.</summary>
internal static class Workbook
{
    public static byte[] FromRows(IEnumerable<IReadOnlyList<string>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, OpenXml::DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new OpenXml::DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData(rows.Select((values, index) => new Row(values.Select((value, column) => new Cell
            {
                CellReference = Column(column) + (index + 1).ToString(CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(value)),
            })) { RowIndex = (uint)index + 1 }));
            worksheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = "Manifest" }));
        }

        return stream.ToArray();
    }

    private static string Column(int index) => index < 26
        ? ((char)('A' + index)).ToString()
        : Column((index / 26) - 1) + (char)('A' + (index % 26));
}
