namespace Ics2Port.Domain.Reading;

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Ics2Port.Domain.Common;

/// <summary>Reads a JSON document strictly: one UTF-8 object, no comments or trailing commas, every value of its field's type.</summary>
internal static class JsonDocumentReader
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> JsonWhitespace => " \t\r\n"u8;

    public static ReadResult<T> Read<T>(ReadOnlyMemory<byte> content)
        where T : class
    {
        var (document, errors) = Read(content.Span, DocumentJson.Options.GetTypeInfo(typeof(T)));
        return new ReadResult<T>((T?)document, errors, SourceMap.Identity);
    }

    public static ReadResult<object> Read(Type type, ReadOnlyMemory<byte> content)
    {
        var (document, errors) = Read(content.Span, DocumentJson.Options.GetTypeInfo(type));
        return new ReadResult<object>(document, errors, SourceMap.Identity);
    }

    private static (object? Document, IReadOnlyList<Finding> Errors) Read(ReadOnlySpan<byte> json, JsonTypeInfo info)
    {
        var errors = new ReadErrors(RuleIds.FormatJson);
        json = json.StartsWith(Utf8Bom) ? json[Utf8Bom.Length..] : json;
        if (json.Trim(JsonWhitespace).IsEmpty)
        {
            errors.Add(string.Empty, "The body is empty; expected a JSON object.");
            return (null, errors.ToList());
        }

        if (!Utf8.IsValid(json))
        {
            errors.Add(string.Empty, $"The body is not UTF-8 text (line {Utf8Text.LineOfFirstInvalidByte(json)}).");
            return (null, errors.ToList());
        }

        object? document;
        try
        {
            document = JsonSerializer.Deserialize(json, info);
        }
        catch (JsonNumbers.OutOfRangeException exception)
        {
            return (null, [new Finding(JsonPathPointer.From(exception.Path), RuleIds.FormatValue, exception.Detail)]);
        }
        catch (JsonException exception)
        {
            var pointer = JsonPathPointer.From(exception.Path);
            errors.Add(pointer, Describe(exception, info, pointer));
            return (null, errors.ToList());
        }

        if (document is null)
        {
            errors.Add(string.Empty, "The body is null; expected a JSON object.");
            return (null, errors.ToList());
        }

        JsonNullElements.Report(document, info, errors);
        return errors.Any ? (null, errors.ToList()) : (document, []);
    }

    private static string Describe(JsonException exception, JsonTypeInfo root, string pointer)
    {
        var line = exception.LineNumber + 1;

        // The reader's own errors (syntax, depth) say what is wrong; the serializer's name .NET types instead.
        if (exception.InnerException is JsonException)
        {
            return $"Invalid JSON at line {line}, byte {exception.BytePositionInLine + 1}: {WithoutLocation(exception.Message)}";
        }

        // The serializer reports the position just past the value it could not use.
        var end = $"line {line}, byte {exception.BytePositionInLine}";
        if (exception.Message.StartsWith("Duplicate property", StringComparison.Ordinal))
        {
            return $"The property appears twice in one object (the second ends at {end}).";
        }

        return Expected(root, JsonPointer.Split(pointer)) is { } expected
            ? $"Expected {expected}; the value ends at {end}."
            : $"The value does not fit here; it ends at {end}.";
    }

    private static string WithoutLocation(string message)
    {
        var end = message.IndexOf(" Path: ", StringComparison.Ordinal);
        end = end < 0 ? message.IndexOf(" LineNumber: ", StringComparison.Ordinal) : end;
        return end < 0 ? message : message[..end];
    }

    /// <summary>What the document's type expects at the pointer: "a number", "an array"…</summary>
    private static string? Expected(JsonTypeInfo info, IReadOnlyList<string> tokens)
    {
        foreach (var token in tokens)
        {
            var next = info.Kind switch
            {
                JsonTypeInfoKind.Object => info.Properties.FirstOrDefault(property => string.Equals(property.Name, token, StringComparison.OrdinalIgnoreCase))?.PropertyType,
                JsonTypeInfoKind.Enumerable => info.ElementType,
                _ => null,
            };
            if (next is null)
            {
                return null;
            }

            info = info.Options.GetTypeInfo(next);
        }

        return info.Kind switch
        {
            JsonTypeInfoKind.Object => "an object",
            JsonTypeInfoKind.Enumerable => "an array",
            _ => (Nullable.GetUnderlyingType(info.Type) ?? info.Type) switch
            {
                var type when type == typeof(string) => "a string",
                var type when type == typeof(bool) => "true or false",
                var type when type == typeof(int) => "a whole number",
                var type when type == typeof(decimal) => "a number",
                _ => null,
            },
        };
    }
}
