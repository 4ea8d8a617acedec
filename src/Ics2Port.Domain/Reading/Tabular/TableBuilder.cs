namespace Ics2Port.Domain.Reading.Tabular;

using System.Globalization;

/// <summary>Collects the rows of a table read from CSV or XLSX, applying the rules both formats share.</summary>
internal sealed class TableBuilder(IReadOnlyList<string?> columns, int maxRows, ReadErrors errors)
{
    private readonly List<TableRow> rows = [];

    public IReadOnlyList<string?> Columns => columns;

    /// <summary>A cell's value: trimmed, and null when empty or white space.</summary>
    public static string? Cell(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The header's column names.</summary>
    public static string?[] Header(IEnumerable<string?> names) => [.. names.Select(Cell)];

    /// <summary>Adds a row unless it is blank; false when the table already has <c>maxRows</c> rows and reading must stop.</summary>
    public bool Add(int index, string?[] cells)
    {
        if (Array.TrueForAll(cells, cell => cell is null))
        {
            return true;
        }

        if (rows.Count == maxRows)
        {
            errors.Add(RowPointers.Rows, string.Create(CultureInfo.InvariantCulture, $"The file has more than {maxRows} rows; send it in parts."));
            return false;
        }

        for (var column = 0; column < cells.Length; column++)
        {
            if (cells[column] is not null && (column >= columns.Count || columns[column] is null))
            {
                errors.Add(RowPointers.Row(index), string.Create(CultureInfo.InvariantCulture, $"Row {index} has a value in column {column + 1}, which has no name in the header."));
            }
        }

        rows.Add(new TableRow(index, cells));
        return true;
    }

    public Table Build() => new(columns, rows);
}
