namespace Ics2Port.Domain.Reading;

/// <summary>How a submitted document is encoded.</summary>
public enum DocumentFormat
{
    /// <summary>A JSON object with the camelCase field names of CONTRACT.md.</summary>
    Json,

    /// <summary>UTF-8 CSV, one row per person or manifest item, header row with the flattened field names.</summary>
    Csv,

    /// <summary>An Office Open XML workbook whose first worksheet is laid out like the CSV.</summary>
    Xlsx,
}
