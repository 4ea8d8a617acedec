namespace Ics2Port.Functions.Documents;

using Ics2Port.Domain.Reading;

/// <summary>The media type to name for each document format in answers.</summary>
public static class DocumentMediaTypes
{
    public static string Of(DocumentFormat format) => format switch
    {
        DocumentFormat.Json => "application/json",
        DocumentFormat.Csv => "text/csv",
        DocumentFormat.Xlsx => DocumentFormats.XlsxMediaType,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
