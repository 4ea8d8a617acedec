namespace Ics2Port.Domain.Reading.Tabular;

using Ics2Port.Domain.Common;
using Ics2Port.Domain.PortCalls;

/// <summary>Reads CSV or XLSX into a table, checks its header against the document's columns and maps the rows.</summary>
internal static class TabularDocumentReader
{
    public static ReadResult<object> Read(DocumentType type, DocumentFormat format, ReadOnlyMemory<byte> content, int maxRows)
    {
        var mapper = MapperFor(type);
        var errors = new ReadErrors(format == DocumentFormat.Xlsx ? RuleIds.FormatXlsx : RuleIds.FormatCsv);
        var table = format == DocumentFormat.Xlsx
            ? XlsxTableReader.Read(content, maxRows, errors)
            : CsvTableReader.Read(content, maxRows, errors);
        if (table is null)
        {
            return new ReadResult<object>(null, errors.ToList(), SourceMap.Identity);
        }

        CheckHeader(table.Columns, mapper.Columns, errors);
        var mapped = mapper.Map(table, new TableCells(table, errors));
        return errors.Any
            ? new ReadResult<object>(null, errors.ToList(), SourceMap.Identity) { RowCount = table.Rows.Count }
            : new ReadResult<object>(mapped.Document, [], SourceMap.For(mapped.Layout)) { RowCount = table.Rows.Count };
    }

    private static ITableMapper MapperFor(DocumentType type) => type switch
    {
        DocumentType.Fal5 => CrewListTableMapper.Instance,
        DocumentType.Fal6 => PassengerListTableMapper.Instance,
        DocumentType.Manifest => ManifestTableMapper.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Only crew lists, passenger lists and manifests can be tables."),
    };

    /// <summary>Column names are case-sensitive, as in the JSON; a missing column is fine, the validator asks for what is required.</summary>
    private static void CheckHeader(IReadOnlyList<string?> columns, IReadOnlySet<string> known, ReadErrors errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            if (column is null)
            {
                continue;
            }

            if (!seen.Add(column))
            {
                errors.Add(RowPointers.Header(column), $"The column '{column}' appears more than once.");
            }
            else if (!known.Contains(column))
            {
                var hint = known.FirstOrDefault(name => string.Equals(name, column, StringComparison.OrdinalIgnoreCase));
                errors.Add(RowPointers.Header(column), hint is null ? $"'{column}' is not a column of this document." : $"'{column}' is not a column of this document; did you mean '{hint}'?");
            }
        }
    }
}
