namespace Ics2Port.Domain.Reading.Tabular;

using System.Globalization;
using Ics2Port.Domain.Common;

/// <summary>Reads a table's cells by column name as text, numbers and booleans, reporting values that do not parse.</summary>
internal sealed class TableCells
{
    private readonly Dictionary<string, int> columnIndex = new(StringComparer.Ordinal);
    private readonly ReadErrors errors;

    public TableCells(Table table, ReadErrors errors)
    {
        this.errors = errors;
        Errors = errors;
        for (var position = 0; position < table.Columns.Count; position++)
        {
            if (table.Columns[position] is { } name)
            {
                columnIndex.TryAdd(name, position);
            }
        }
    }

    /// <summary>Where values that do not parse or do not agree are reported.</summary>
    public ReadErrors Errors { get; }

    /// <summary>The cell's text; null when empty or when the table has no such column.</summary>
    public string? Text(TableRow row, string column) =>
        columnIndex.TryGetValue(column, out var position) && position < row.Cells.Count ? row.Cells[position] : null;

    /// <summary>A number in invariant notation such as <c>21000.5</c> (no thousands separators).</summary>
    public decimal? Decimal(TableRow row, string column)
    {
        var text = Text(row, column);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _))
        {
            errors.Add(RowPointers.Cell(row.Index, column), $"'{text}' in {column} is out of range: a number may be at most {decimal.MaxValue} in size.", RuleIds.FormatValue);
            return null;
        }

        errors.Add(RowPointers.Cell(row.Index, column), $"'{text}' in {column} is not a number; write numbers like 21000.5, with a point and without thousands separators.");
        return null;
    }

    /// <summary>A whole number such as <c>40</c>.</summary>
    public int? Int(TableRow row, string column)
    {
        var text = Text(row, column);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _))
        {
            errors.Add(RowPointers.Cell(row.Index, column), string.Create(CultureInfo.InvariantCulture, $"'{text}' in {column} is not a whole number from {int.MinValue} to {int.MaxValue}."), RuleIds.FormatValue);
            return null;
        }

        errors.Add(RowPointers.Cell(row.Index, column), $"'{text}' in {column} is not a whole number.");
        return null;
    }

    /// <summary><c>true</c> or <c>false</c> in any letter case; nothing else (no yes/no, no 1/0).</summary>
    public bool? Bool(TableRow row, string column)
    {
        var text = Text(row, column);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        errors.Add(RowPointers.Cell(row.Index, column), $"'{text}' in {column} is neither true nor false.");
        return null;
    }
}
