namespace Ics2Port.Domain.Reading.Tabular;

/// <summary>
/// Columns that repeat one value on every row of a group (the manifest, one bill of lading): the first
/// non-empty value wins, an empty cell agrees with it, and a different value is an error at its cell.
/// </summary>
/// <param name="errors">Where disagreements are reported.</param>
/// <param name="group">The group for messages, such as <c>of bill of lading 'MAEU123'</c>; empty for the whole file.</param>
internal sealed class SameOnEveryRow(ReadErrors errors, string group)
{
    private readonly Dictionary<string, (string Value, int Row)> values = new(StringComparer.Ordinal);

    public void Take(TableRow row, string column, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (!values.TryGetValue(column, out var first))
        {
            values.Add(column, (value, row.Index));
        }
        else if (!string.Equals(first.Value, value, StringComparison.Ordinal))
        {
            var rows = group.Length == 0 ? "every row" : "every row " + group;
            errors.Add(RowPointers.Cell(row.Index, column), $"'{value}' differs from row {first.Row}, which has '{first.Value}': {column} must be the same on {rows}.");
        }
    }

    /// <summary>The column's value, or null when no row has one.</summary>
    public string? Get(string column) => values.TryGetValue(column, out var first) ? first.Value : null;

    /// <summary>The row each value was taken from.</summary>
    public IReadOnlyDictionary<string, int> Rows() => values.ToDictionary(pair => pair.Key, pair => pair.Value.Row, StringComparer.Ordinal);
}
