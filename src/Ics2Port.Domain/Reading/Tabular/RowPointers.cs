namespace Ics2Port.Domain.Reading.Tabular;

using System.Globalization;
using Ics2Port.Domain.Common;

/// <summary>Pointers into a table as CONTRACT.md names them: <c>/rows/14/grossMassKg</c>, zero-based, header excluded.</summary>
internal static class RowPointers
{
    public const string Rows = "/rows";

    public static string Row(int index) => JsonPointer.Append(Rows, index);

    public static string Cell(int index, string column) => JsonPointer.Append(Row(index), column);

    public static string Header(string column) => JsonPointer.Append("/header", column);

    /// <summary>The row itself, or its cell when the remaining tokens name one of the columns (<c>identityDocument</c>, <c>number</c>).</summary>
    public static string CellOrRow(int index, IReadOnlyList<string> tokens, int start, IReadOnlySet<string> columns) =>
        ColumnName(tokens, start) is { } column && columns.Contains(column) ? Cell(index, column) : Row(index);

    /// <summary>The flattened column name of the tokens from <paramref name="start"/> on, or null when there are none.</summary>
    public static string? ColumnName(IReadOnlyList<string> tokens, int start) => (tokens.Count - start) switch
    {
        <= 0 => null,
        1 => tokens[start],
        _ => string.Join('.', tokens.Skip(start)),
    };

    /// <summary>Parses an array index token that is in range.</summary>
    public static bool TryIndex(string token, int count, out int index) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out index) && index < count;
}
