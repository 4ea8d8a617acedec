namespace Ics2Port.Domain.Tests.Reading;

using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Reading;

public sealed class DocumentFormatsTests
{
    [Theory]
    [InlineData("application/json", DocumentFormat.Json)]
    [InlineData("application/json; charset=utf-8", DocumentFormat.Json)]
    [InlineData("Application/JSON", DocumentFormat.Json)]
    [InlineData("application/vnd.ics2port.manifest+json", DocumentFormat.Json)]
    [InlineData("text/csv", DocumentFormat.Csv)]
    [InlineData("text/csv;charset=UTF-8", DocumentFormat.Csv)]
    [InlineData("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", DocumentFormat.Xlsx)]
    public void TryFromContentType_KnownMediaType_GivesFormat(string contentType, DocumentFormat expected)
    {
        var known = DocumentFormats.TryFromContentType(contentType, out var format);

        Assert.True(known);
        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("text/json+xml")]
    [InlineData("application/vnd.ms-excel")]
    public void TryFromContentType_OtherMediaType_IsUnknown(string? contentType)
    {
        var known = DocumentFormats.TryFromContentType(contentType, out _);

        Assert.False(known);
    }

    [Theory]
    [InlineData("fal5.json", DocumentFormat.Json)]
    [InlineData("crew list.CSV", DocumentFormat.Csv)]
    [InlineData("inbound/AG-1/PC-1/arrival/manifest.xlsx", DocumentFormat.Xlsx)]
    public void TryFromFileName_KnownExtension_GivesFormat(string name, DocumentFormat expected)
    {
        var known = DocumentFormats.TryFromFileName(name, out var format);

        Assert.True(known);
        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData("manifest.xls")]
    [InlineData("manifest")]
    [InlineData("manifest.json.txt")]
    public void TryFromFileName_OtherExtension_IsUnknown(string name)
    {
        var known = DocumentFormats.TryFromFileName(name, out _);

        Assert.False(known);
    }

    [Theory]
    [InlineData(DocumentType.Fal5, DocumentFormat.Csv, true)]
    [InlineData(DocumentType.Fal6, DocumentFormat.Xlsx, true)]
    [InlineData(DocumentType.Manifest, DocumentFormat.Csv, true)]
    [InlineData(DocumentType.Fal1, DocumentFormat.Csv, false)]
    [InlineData(DocumentType.Fal3, DocumentFormat.Xlsx, false)]
    [InlineData(DocumentType.Fal4, DocumentFormat.Csv, false)]
    [InlineData(DocumentType.Fal1, DocumentFormat.Json, true)]
    [InlineData(DocumentType.Fal4, DocumentFormat.Json, true)]
    public void Supports_TypeAndFormat_OnlyListsAsTables(DocumentType type, DocumentFormat format, bool expected)
    {
        var supported = DocumentFormats.Supports(type, format);

        Assert.Equal(expected, supported);
    }
}
