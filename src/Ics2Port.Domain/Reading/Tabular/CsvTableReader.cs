namespace Ics2Port.Domain.Reading.Tabular;

using System.Globalization;
using System.Text.Unicode;
using CsvHelper;

/// <summary>
/// Reads UTF-8 CSV (RFC 4180, a byte order mark tolerated) into a table, in place without copying the input.
/// The delimiter is <c>,</c> or, when the header has more of them, <c>;</c> as European spreadsheet exports write,
/// unless a first line such as <c>sep=;</c> names it.
/// </summary>
internal static class CsvTableReader
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static Table? Read(ReadOnlyMemory<byte> content, int maxRows, ReadErrors errors)
    {
        var bytes = content.Span;
        var text = bytes.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes;
        if (!Utf8.IsValid(text))
        {
            errors.Add(string.Empty, $"The file is not UTF-8 text (line {Utf8Text.LineOfFirstInvalidByte(text)}); save it as \"CSV UTF-8\".");
            return null;
        }

        var options = new CsvReaderOptions
        {
            // Excel's "sep=;" first line names the separator itself, and the reader skips it.
            Separator = text.StartsWith("sep="u8) ? null : DetectSeparator(text),
            DetectSeparatorHint = true,
            HasHeader = true,
            SkipEmptyLines = false,
            TrimWhitespace = false,
            TrackLineNumbers = true,
            OnMalformedRecord = record => ReportMalformed(record, errors),
        };
        using var reader = CsvReader.Create(content, options);
        var header = TableBuilder.Header(reader.Headers);
        if (Array.TrueForAll(header, name => name is null))
        {
            errors.Add(string.Empty, "The file has no header; its first row must name the columns.");
            return null;
        }

        var table = new TableBuilder(header, maxRows, errors);
        while (reader.Read())
        {
            var index = checked((int)reader.RowNumber - 1);
            var cells = new string?[reader.FieldCount];
            for (var field = 0; field < cells.Length; field++)
            {
                cells[field] = TableBuilder.Cell(reader.GetString(field));
            }

            if (cells.Length != table.Columns.Count && !Array.TrueForAll(cells, cell => cell is null))
            {
                errors.Add(RowPointers.Row(index), string.Create(CultureInfo.InvariantCulture, $"Row {index} (line {reader.LineNumber}) has {cells.Length} fields; the header has {table.Columns.Count}."));
                continue;
            }

            if (!table.Add(index, cells))
            {
                break;
            }
        }

        return table.Build();
    }

    /// <summary>Quoting that cannot be read as intended; a lone quote inside an unquoted field (<c>12" pipe</c>) is kept as text.</summary>
    private static void ReportMalformed(CsvMalformedRecord record, ReadErrors errors)
    {
        var problem = record.Reason switch
        {
            CsvMalformedReason.TextAfterClosingQuote => "has text after the closing quote of a field",
            CsvMalformedReason.UnterminatedQuote => "opens a quoted field that is never closed",
            _ => null,
        };
        if (problem is not null)
        {
            // The record number counts the header, one-based.
            var index = checked((int)record.RecordNumber - 2);
            errors.Add(RowPointers.Row(index), string.Create(CultureInfo.InvariantCulture, $"Row {index} (line {record.LineNumber}) {problem}."));
        }
    }

    /// <summary><c>;</c> when the header row has more semicolons than commas outside quotes, else <c>,</c>.</summary>
    internal static char DetectSeparator(ReadOnlySpan<byte> text)
    {
        var (commas, semicolons, quoted) = (0, 0, false);
        foreach (var b in text)
        {
            switch (b)
            {
                case (byte)'"':
                    quoted = !quoted;
                    break;
                case (byte)',' when !quoted:
                    commas++;
                    break;
                case (byte)';' when !quoted:
                    semicolons++;
                    break;
                case (byte)'\n' or (byte)'\r' when !quoted:
                    return semicolons > commas ? ';' : ',';
            }
        }

        return semicolons > commas ? ';' : ',';
    }
}
