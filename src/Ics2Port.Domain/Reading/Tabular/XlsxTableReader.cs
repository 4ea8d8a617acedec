namespace Ics2Port.Domain.Reading.Tabular;

using System.Globalization;
using System.Runtime.InteropServices;
using System.Xml;
using global::DocumentFormat.OpenXml;
using global::DocumentFormat.OpenXml.Packaging;
using global::DocumentFormat.OpenXml.Spreadsheet;

/// <summary>
/// Reads the first worksheet of an <c>.xlsx</c> workbook into a table, row by row. Its first row with a value is
/// the header; a cell's column comes from its reference (<c>C5</c>), so skipped cells and rows are empty.
/// Numbers are read as the invariant text the workbook stores; dates, which a workbook stores as day numbers,
/// are not recognised and must be typed as text.
/// </summary>
internal static class XlsxTableReader
{
    /// <summary>Excel's last column, XFD.</summary>
    private const int MaxColumns = 16_384;

    public static Table? Read(ReadOnlyMemory<byte> content, int maxRows, ReadErrors errors)
    {
        try
        {
            using var stream = AsStream(content);
            if (WorkbookLimits.Check(stream) is { } limit)
            {
                errors.Add(string.Empty, limit);
                return null;
            }

            stream.Position = 0;
            using var workbook = SpreadsheetDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = WorkbookLimits.MaxEntryBytes });
            return ReadFirstWorksheet(workbook, maxRows, errors);
        }
        catch (Exception exception) when (exception is FileFormatException or InvalidDataException or OpenXmlPackageException or XmlException)
        {
            errors.Add(string.Empty, $"The file is not a readable .xlsx workbook: {exception.Message}");
            return null;
        }
    }

    private static Table? ReadFirstWorksheet(SpreadsheetDocument workbook, int maxRows, ReadErrors errors)
    {
        var workbookPart = workbook.WorkbookPart;
        var sheet = workbookPart?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (workbookPart is null || sheet?.Id?.Value is not { } sheetId || workbookPart.GetPartById(sheetId) is not WorksheetPart worksheet)
        {
            errors.Add(string.Empty, "The workbook's first sheet is not a worksheet.");
            return null;
        }

        if (SharedStrings(workbookPart, errors) is not { } sharedStrings)
        {
            return null;
        }

        TableBuilder? table = null;
        var headerRow = 0L;
        var previousRow = 0L;
        using var reader = OpenXmlReader.Create(worksheet);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var rowNumber = row.RowIndex?.Value ?? previousRow + 1;
            if (rowNumber <= previousRow || rowNumber - headerRow > int.MaxValue)
            {
                errors.Add(string.Empty, string.Create(CultureInfo.InvariantCulture, $"The worksheet's row {rowNumber} is out of order."));
                return null;
            }

            previousRow = rowNumber;
            if (table is null)
            {
                var header = TableBuilder.Header(Cells(row, sharedStrings, "/header", "The header", errors));
                if (!Array.TrueForAll(header, name => name is null))
                {
                    table = new TableBuilder(header, maxRows, errors);
                    headerRow = rowNumber;
                }

                continue;
            }

            var index = (int)(rowNumber - headerRow - 1);
            var cells = Cells(row, sharedStrings, RowPointers.Row(index), string.Create(CultureInfo.InvariantCulture, $"Row {index}"), errors);
            if (!table.Add(index, cells))
            {
                break;
            }
        }

        if (table is null)
        {
            errors.Add(string.Empty, "The first worksheet is empty; its first row must name the columns.");
            return null;
        }

        return table.Build();
    }

    /// <summary>The row's values by column position.</summary>
    private static string?[] Cells(Row row, IReadOnlyList<string> sharedStrings, string pointer, string location, ReadErrors errors)
    {
        var cells = new List<string?>();
        var column = -1;
        foreach (var cell in row.Elements<Cell>())
        {
            column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : column + 1;
            if (column < 0)
            {
                errors.Add(pointer, $"{location} has a cell with the reference '{cell.CellReference}', which is not a column of a worksheet.");
                continue;
            }

            var value = TableBuilder.Cell(Text(cell, sharedStrings, out var error));
            if (value?.Length > WorkbookLimits.MaxCellCharacters)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"the cell has {value.Length} characters; at most {WorkbookLimits.MaxCellCharacters} are allowed.");
                value = null;
            }

            if (error is not null)
            {
                errors.Add(pointer, string.Create(CultureInfo.InvariantCulture, $"{location}, column {column + 1}: {error}"));
            }

            if (value is not null)
            {
                while (cells.Count <= column)
                {
                    cells.Add(null);
                }

                cells[column] = value;
            }
        }

        return [.. cells];
    }

    private static string? Text(Cell cell, IReadOnlyList<string> sharedStrings, out string? error)
    {
        error = null;
        var value = cell.CellValue?.Text;
        switch (cell.DataType?.Value)
        {
            case CellValues.SharedString:
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var item) && item < sharedStrings.Count)
                {
                    return sharedStrings[item];
                }

                error = "the cell refers to a shared string the workbook does not have.";
                return null;
            case CellValues.InlineString:
                return cell.InlineString is { } inline ? RichText(inline) : null;
            case CellValues.Boolean:
                return value switch { "1" => "true", "0" => "false", _ => value };
            case CellValues.Error:
                error = $"the cell holds the error {value}.";
                return null;
            default:
                return value;
        }
    }

    /// <summary>The shared strings, read one item at a time; null (with the error) when they pass a limit.</summary>
    private static List<string>? SharedStrings(WorkbookPart workbookPart, ReadErrors errors)
    {
        var strings = new List<string>();
        if (workbookPart.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        var characters = 0L;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(SharedStringItem) || !reader.IsStartElement)
            {
                continue;
            }

            var text = RichText(reader.LoadCurrentElement()!);
            characters += text.Length;
            if (text.Length > WorkbookLimits.MaxCellCharacters || characters > WorkbookLimits.MaxSharedStringCharacters)
            {
                errors.Add(string.Empty, string.Create(
                    CultureInfo.InvariantCulture,
                    $"The workbook's shared strings pass a limit: at most {WorkbookLimits.MaxCellCharacters} characters each and {WorkbookLimits.MaxSharedStringCharacters} together."));
                return null;
            }

            strings.Add(text);
        }

        return strings;
    }

    /// <summary>The plain text of a string item: its text, or its runs' text without phonetic hints.</summary>
    private static string RichText(OpenXmlElement item) =>
        item.GetFirstChild<Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(run => run.Text?.Text));

    /// <summary>The zero-based column of a reference such as <c>AB12</c>.</summary>
    internal static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = (column * 26) + (c - 'A' + 1);
            }
            else if (c is >= 'a' and <= 'z')
            {
                column = (column * 26) + (c - 'a' + 1);
            }
            else
            {
                break;
            }

            if (column > MaxColumns)
            {
                return -1;
            }
        }

        return column - 1;
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var array)
            ? new MemoryStream(array.Array!, array.Offset, array.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}
