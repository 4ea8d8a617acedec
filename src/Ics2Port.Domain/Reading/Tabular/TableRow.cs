namespace Ics2Port.Domain.Reading.Tabular;

/// <summary>One data row of a table.</summary>
/// <param name="Index">Zero-based position after the header, blank rows counted, as <c>/rows/{index}</c> names it.</param>
/// <param name="Cells">Values by column position, trimmed; null for an empty cell.</param>
internal sealed record TableRow(int Index, IReadOnlyList<string?> Cells);
