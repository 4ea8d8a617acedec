namespace Ics2Port.Domain.Reading;

using Ics2Port.Domain.Common;

/// <summary>A document read from submitted bytes, or why it could not be read.</summary>
/// <typeparam name="T">The document's record type.</typeparam>
/// <param name="Document">The document; <see langword="null"/> when the input is malformed.</param>
/// <param name="Errors">
/// Format errors (<c>FORMAT-JSON</c>, <c>FORMAT-CSV</c>, <c>FORMAT-XLSX</c>), all of them at once, with pointers
/// into the source (<c>/consignments/2/items/0/grossMassKg</c>, <c>/rows/14/grossMassKg</c>, <c>/header/hsCod</c>).
/// </param>
/// <param name="SourceMap">Maps pointers into <paramref name="Document"/> back to the source (CSV and XLSX rows).</param>
public sealed record ReadResult<T>(T? Document, IReadOnlyList<Finding> Errors, SourceMap SourceMap)
    where T : class
{
    /// <summary>True when the input could not be read into a document (answered with 400).</summary>
    public bool IsMalformed => Errors.Count > 0;

    /// <summary>Data rows read from a CSV or XLSX file (blank rows not counted); <see langword="null"/> for JSON.</summary>
    public int? RowCount { get; init; }
}
