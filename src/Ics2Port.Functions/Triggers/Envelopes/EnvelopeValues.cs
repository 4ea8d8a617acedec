using System.Globalization;
using System.Text.Json;

namespace Ics2Port.Functions.Triggers.Envelopes;

/// <summary>
/// Reads values of the host's envelope defensively. The host serialises every binding-data value on its own
/// (<c>ScriptInvocationContextExtensions.GetHttpScriptInvocationContextValue</c>): objects arrive as objects, but
/// strings, URIs and numbers arrive JSON-encoded a second time (<c>"\"text\""</c>), and older hosts sent even
/// objects as JSON strings (azure-functions-host#5815).
/// </summary>
public static class EnvelopeValues
{
    private const int MaxEncodingDepth = 3;

    /// <summary>Peels off up to three layers of JSON-in-a-string encoding around a string, object or array.</summary>
    public static JsonElement Unwrap(JsonElement value)
    {
        for (var depth = 0; depth < MaxEncodingDepth && value.ValueKind == JsonValueKind.String; depth++)
        {
            var text = value.GetString()!.Trim();
            if (text.Length < 2 || !LooksEncoded(text))
            {
                break;
            }

            try
            {
                using var inner = JsonDocument.Parse(text);
                value = inner.RootElement.Clone();
            }
            catch (JsonException)
            {
                // Text that merely starts like JSON (a blob named "[draft].csv") is a plain string.
                break;
            }
        }

        return value;
    }

    public static string? ReadString(JsonElement? value)
    {
        if (value is not { } present)
        {
            return null;
        }

        var unwrapped = Unwrap(present);
        return unwrapped.ValueKind switch
        {
            JsonValueKind.String => unwrapped.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => unwrapped.GetRawText(),
            _ => null,
        };
    }

    public static int? ReadInt32(JsonElement? value)
    {
        if (value is not { } present)
        {
            return null;
        }

        var unwrapped = Unwrap(present);
        return unwrapped.ValueKind switch
        {
            JsonValueKind.Number when unwrapped.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(unwrapped.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
    }

    public static bool? ReadBoolean(JsonElement? value)
    {
        if (value is not { } present)
        {
            return null;
        }

        var unwrapped = Unwrap(present);
        return unwrapped.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(unwrapped.GetString(), out var flag) => flag,
            _ => null,
        };
    }

    public static DateTimeOffset? ReadTimestamp(JsonElement? value) =>
        ReadString(value) is { } text && EnvelopeTimestamp.TryParse(text, out var timestamp) ? timestamp : null;

    /// <summary>The value as an object, whether it arrived as one or as a JSON string holding one.</summary>
    public static JsonElement? ReadObject(JsonElement? value)
    {
        if (value is not { } present)
        {
            return null;
        }

        var unwrapped = Unwrap(present);
        return unwrapped.ValueKind == JsonValueKind.Object ? unwrapped : null;
    }

    /// <summary>A flat string map such as blob metadata; non-string members are kept as their JSON text.</summary>
    public static IReadOnlyDictionary<string, string> ReadStringMap(JsonElement? value)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (ReadObject(value) is not { } obj)
        {
            return map;
        }

        foreach (var property in obj.EnumerateObject())
        {
            if (ReadString(property.Value) is { } text)
            {
                map[property.Name] = text;
            }
        }

        return map;
    }

    /// <summary>A member of an object, matched case-insensitively (the host writes PascalCase, other tools may not).</summary>
    public static bool TryGetProperty(JsonElement obj, string name, out JsonElement value)
    {
        if (obj.ValueKind == JsonValueKind.Object)
        {
            if (obj.TryGetProperty(name, out value))
            {
                return true;
            }

            foreach (var property in obj.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    public static JsonElement? Member(JsonElement? obj, string name) =>
        obj is { } present && TryGetProperty(present, name, out var value) ? value : null;

    private static bool LooksEncoded(string text) =>
        (text[0] == '{' && text[^1] == '}')
        || (text[0] == '[' && text[^1] == ']')
        || (text[0] == '"' && text[^1] == '"');
}
