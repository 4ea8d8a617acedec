namespace Ics2Port.Domain.Reading.Tabular;

/// <summary>A CSV file or worksheet as text: the header's column names and the rows that hold any value.</summary>
/// <param name="Columns">Column names by position, trimmed; null for a column without a name.</param>
/// <param name="Rows">The non-blank data rows in file order.</param>
internal sealed record Table(IReadOnlyList<string?> Columns, IReadOnlyList<TableRow> Rows);
