namespace Ics2Port.Functions.Common;

using System.Globalization;
using System.Text;
using System.Text.Json;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.Reading;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Problems;

/// <summary>Reads a small JSON request body (not a document) into its record; unreadable JSON is a 400 with a pointer.</summary>
public static class RequestJson
{
    public static (T? Value, ApiOutcome? Problem) Read<T>(string? contentType, ReadOnlyMemory<byte> body)
        where T : class
    {
        if (!JsonMediaType.Accepts(contentType))
        {
            return (null, ApiProblems.UnsupportedMediaType(contentType, [JsonMediaType.Name]));
        }

        try
        {
            return JsonSerializer.Deserialize<T>(body.Span, ApiJson.Options) is { } value
                ? (value, null)
                : (null, ApiProblems.Malformed([new Finding(string.Empty, RuleIds.FormatJson, "The body is empty or null; send a JSON object.")]));
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, byte {e.BytePositionInLine + 1}") : string.Empty;

            // The reader's own errors say what is wrong; the serializer's name .NET types, which mean nothing to a client.
            var what = e.InnerException is JsonException ? FirstSentence(e.Message) : "the value is not of the kind this field takes (see the OpenAPI document).";
            return (null, ApiProblems.Malformed([new Finding(Pointer(e.Path), RuleIds.FormatJson, $"Invalid JSON{where}: {what}")]));
        }
    }

    /// <summary>
    /// Reads a JSON body with the domain's <paramref name="reader"/>, whose errors carry pointers and rule IDs:
    /// a body that is not JSON is a 415, one that cannot be read a 400.
    /// </summary>
    public static (T? Value, ApiOutcome? Problem) ReadWith<T>(string? contentType, ReadOnlyMemory<byte> body, Func<ReadOnlyMemory<byte>, ReadResult<T>> reader)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (!JsonMediaType.Accepts(contentType))
        {
            return (null, ApiProblems.UnsupportedMediaType(contentType, [JsonMediaType.Name]));
        }

        var read = reader(body);
        return read.Errors.Count > 0 || read.Document is not { } value ? (null, ApiProblems.Unreadable(read.Errors)) : (value, null);
    }

    /// <summary><c>$.attachments[0].fileName</c> → <c>/attachments/0/fileName</c>.</summary>
    public static string Pointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        var pointer = new StringBuilder();
        foreach (var token in path.TrimStart('$').Replace("[", ".", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            pointer.Append('/').Append(token.Trim('\'').Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
        }

        return pointer.ToString();
    }

    // System.Text.Json appends "Path: … | LineNumber: …" which the pointer already says.
    private static string FirstSentence(string message) =>
        message.Split(" Path:", 2)[0].Trim();
}
