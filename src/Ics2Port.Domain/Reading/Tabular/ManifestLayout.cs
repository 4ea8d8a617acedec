namespace Ics2Port.Domain.Reading.Tabular;

using System.Collections.Frozen;

/// <summary>Where a manifest read from item rows came from.</summary>
/// <param name="FirstRow">The first data row, or -1 when there is none.</param>
/// <param name="ValueRows">The row each manifest column's value was taken from.</param>
/// <param name="Consignments">Per consignment, in document order.</param>
internal sealed record ManifestLayout(int FirstRow, IReadOnlyDictionary<string, int> ValueRows, IReadOnlyList<ConsignmentRows> Consignments) : ISourceLayout
{
    public string? ToSource(IReadOnlyList<string> tokens)
    {
        if (string.Equals(tokens[0], "consignments", StringComparison.Ordinal))
        {
            return ConsignmentSource(tokens);
        }

        if (!ManifestColumns.ManifestFields.Contains(tokens[0]))
        {
            return null;
        }

        return FirstRow < 0 ? RowPointers.Rows : ValueOrRow(FirstRow, ValueRows, tokens, 0, ManifestColumns.Manifest);
    }

    private string? ConsignmentSource(IReadOnlyList<string> tokens)
    {
        if (tokens.Count == 1)
        {
            return RowPointers.Rows;
        }

        if (!RowPointers.TryIndex(tokens[1], Consignments.Count, out var index))
        {
            return null;
        }

        var consignment = Consignments[index];
        if (tokens.Count == 2 || !string.Equals(tokens[2], "items", StringComparison.Ordinal))
        {
            return ValueOrRow(consignment.FirstRow, consignment.ValueRows, tokens, 2, ManifestColumns.Consignment);
        }

        if (tokens.Count == 3)
        {
            return RowPointers.Row(consignment.FirstRow);
        }

        return RowPointers.TryIndex(tokens[3], consignment.ItemRows.Count, out var item)
            ? RowPointers.CellOrRow(consignment.ItemRows[item], tokens, 4, ManifestColumns.Item)
            : null;
    }

    private static string ValueOrRow(int firstRow, IReadOnlyDictionary<string, int> valueRows, IReadOnlyList<string> tokens, int start, FrozenSet<string> columns)
    {
        if (RowPointers.ColumnName(tokens, start) is not { } column || !columns.Contains(column))
        {
            return RowPointers.Row(firstRow);
        }

        return RowPointers.Cell(valueRows.TryGetValue(column, out var row) ? row : firstRow, column);
    }
}
