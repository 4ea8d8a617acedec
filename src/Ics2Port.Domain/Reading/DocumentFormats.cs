namespace Ics2Port.Domain.Reading;

using Ics2Port.Domain.PortCalls;

/// <summary>Which formats exist, how a request or file names them, and which documents may use them.</summary>
public static class DocumentFormats
{
    /// <summary>The media type of <c>.xlsx</c> workbooks.</summary>
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] PatchMediaTypes = ["application/merge-patch+json", "application/json-patch+json"];

    /// <summary>
    /// The format of a <c>Content-Type</c>: <c>application/json</c> or an <c>application/…+json</c> that is a whole
    /// document (not the patch formats <c>merge-patch+json</c> and <c>json-patch+json</c>, which describe changes),
    /// <c>text/csv</c>, or the <c>.xlsx</c> media type. A <c>charset</c> other than UTF-8 is refused; other
    /// parameters are ignored.
    /// </summary>
    public static bool TryFromContentType(string? contentType, out DocumentFormat format)
    {
        format = default;
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }

        var parts = contentType.Split(';');
        var mediaType = parts[0].Trim();
        if (!parts.Skip(1).All(IsUtf8OrNoCharset))
        {
            return false;
        }

        if (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (mediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase)
                && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
                && !PatchMediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase)))
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

    private static bool IsUtf8OrNoCharset(string parameter)
    {
        var equals = parameter.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0 || !parameter[..equals].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var charset = parameter[(equals + 1)..].Trim().Trim('"');
        return charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
