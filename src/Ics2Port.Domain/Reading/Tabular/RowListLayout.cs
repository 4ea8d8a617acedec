namespace Ics2Port.Domain.Reading.Tabular;

/// <summary>A document whose one list (<c>crew</c>, <c>passengers</c>) has one element per row.</summary>
/// <param name="ListName">The list's name in the document.</param>
/// <param name="RowOfElement">The row index each element was read from.</param>
/// <param name="Columns">The table's known columns.</param>
internal sealed record RowListLayout(string ListName, IReadOnlyList<int> RowOfElement, IReadOnlySet<string> Columns) : ISourceLayout
{
    public string? ToSource(IReadOnlyList<string> tokens)
    {
        if (!string.Equals(tokens[0], ListName, StringComparison.Ordinal))
        {
            return null;
        }

        if (tokens.Count == 1)
        {
            return RowPointers.Rows;
        }

        return RowPointers.TryIndex(tokens[1], RowOfElement.Count, out var element)
            ? RowPointers.CellOrRow(RowOfElement[element], tokens, 2, Columns)
            : null;
    }
}
