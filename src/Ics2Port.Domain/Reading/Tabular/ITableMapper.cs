namespace Ics2Port.Domain.Reading.Tabular;

/// <summary>Turns the rows of a table into one kind of document.</summary>
internal interface ITableMapper
{
    /// <summary>The column names the document's header may have; any other is an error.</summary>
    IReadOnlySet<string> Columns { get; }

    /// <summary>The document and where its parts came from; values that do not parse are reported to the cells' errors.</summary>
    MappedDocument Map(Table table, TableCells cells);
}
