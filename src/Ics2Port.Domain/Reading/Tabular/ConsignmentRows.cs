namespace Ics2Port.Domain.Reading.Tabular;

/// <summary>Where one consignment of a manifest table came from.</summary>
/// <param name="FirstRow">The first row with its bill of lading.</param>
/// <param name="ValueRows">The row each consignment column's value was taken from.</param>
/// <param name="ItemRows">The row of each item, in document order.</param>
internal sealed record ConsignmentRows(int FirstRow, IReadOnlyDictionary<string, int> ValueRows, IReadOnlyList<int> ItemRows);
