namespace Ics2Port.Domain.Tests.Reading;

using System.Text.Json;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Reading;

internal static class ReadingAssert
{
    /// <summary>The document equals what the JSON reader makes of <paramref name="expectedJson"/>, field by field.</summary>
    public static void SameAsJson(DocumentType type, string expectedJson, object? document)
    {
        var expected = DocumentReader.Read(type, DocumentFormat.Json, Utf8Bytes.Of(expectedJson));
        Assert.Empty(expected.Errors);
        Assert.Equal(
            JsonSerializer.Serialize(expected.Document, DocumentReader.JsonOptions),
            JsonSerializer.Serialize(document, DocumentReader.JsonOptions));
    }

    /// <summary>The result is malformed with exactly one error, which is returned.</summary>
    public static Finding SingleError<T>(ReadResult<T> result)
        where T : class
    {
        Assert.True(result.IsMalformed);
        Assert.Null(result.Document);
        return Assert.Single(result.Errors);
    }
}
