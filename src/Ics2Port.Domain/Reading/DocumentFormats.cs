namespace Ics2Port.Domain.Reading;

using Ics2Port.Domain.PortCalls;

/// <summary>Which formats exist, how a request or file names them, and which documents may use them.</summary>
public static class DocumentFormats
{
    /// <summary>The media type of <c>.xlsx</c> workbooks.</summary>
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// The format of a <c>Content-Type</c>: <c>application/json</c> or any <c>application/…+json</c>,
    /// <c>text/csv</c>, or the <c>.xlsx</c> media type; parameters such as <c>charset</c> are ignored.
    /// </summary>
    public static bool TryFromContentType(string? contentType, out DocumentFormat format)
    {
        format = default;
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        var mediaType = (semicolon < 0 ? contentType : contentType[..semicolon]).Trim();
        if (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (mediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)))
        {
            format = DocumentFormat.Json;
            return true;
        }

        if (mediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            format = DocumentFormat.Csv;
            return true;
        }

        if (mediaType.Equals(XlsxMediaType, StringComparison.OrdinalIgnoreCase))
        {
            format = DocumentFormat.Xlsx;
            return true;
        }

        return false;
    }

    /// <summary>The format of a file name by its extension: <c>.json</c>, <c>.csv</c> or <c>.xlsx</c>, in any case.</summary>
    public static bool TryFromFileName(string name, out DocumentFormat format)
    {
        var extension = Path.GetExtension(name);
        format = extension.ToUpperInvariant() switch
        {
            ".JSON" => DocumentFormat.Json,
            ".CSV" => DocumentFormat.Csv,
            ".XLSX" => DocumentFormat.Xlsx,
            _ => (DocumentFormat)(-1),
        };
        return format is DocumentFormat.Json or DocumentFormat.Csv or DocumentFormat.Xlsx;
    }

    /// <summary>Every document may be JSON; only the list-shaped ones (FAL 5, FAL 6, manifest) may be CSV or XLSX.</summary>
    public static bool Supports(DocumentType type, DocumentFormat format) => format switch
    {
        DocumentFormat.Json => DocumentTypes.All.Contains(type),
        DocumentFormat.Csv or DocumentFormat.Xlsx => type is DocumentType.Fal5 or DocumentType.Fal6 or DocumentType.Manifest,
        _ => false,
    };
}
