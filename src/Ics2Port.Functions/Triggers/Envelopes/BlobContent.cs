using System.Text;
using System.Text.Json;

namespace Ics2Port.Functions.Triggers.Envelopes;

/// <summary>
/// Decodes a blob trigger's inline content. With <c>"dataType": "binary"</c> (or bytes without a data type) the host
/// sends base64; as a string it sends the text JSON-encoded once more (<c>"\"text\""</c>).
/// </summary>
public static class BlobContent
{
    public static BinaryData? Decode(JsonElement? value, string? dataType)
    {
        if (value is not { } present || present.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        if (present.ValueKind != JsonValueKind.String)
        {
            // A JSON blob read as an object by some other binding: keep its text.
            return BinaryData.FromString(present.GetRawText());
        }

        var raw = present.GetString()!;
        if (string.Equals(dataType, "binary", StringComparison.OrdinalIgnoreCase))
        {
            return DecodeBase64(raw) ?? throw new InvocationEnvelopeException(
                "The blob content of a binary trigger is not valid base64.");
        }

        if (TryDecodeJsonString(raw, out var text))
        {
            return BinaryData.FromString(text);
        }

        // No data type: the host sends a byte[] as base64; anything else is the text itself.
        if (dataType is null && DecodeBase64(raw) is { } bytes)
        {
            return bytes;
        }

        return BinaryData.FromBytes(Encoding.UTF8.GetBytes(raw));
    }

    private static BinaryData? DecodeBase64(string raw)
    {
        var trimmed = raw.Trim();
        if (TryDecodeJsonString(trimmed, out var inner))
        {
            trimmed = inner;
        }

        var buffer = new byte[(trimmed.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(trimmed, buffer, out var written)
            ? BinaryData.FromBytes(buffer.AsMemory(0, written))
            : null;
    }

    private static bool TryDecodeJsonString(string raw, out string text)
    {
        text = string.Empty;
        var trimmed = raw.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '"' || trimmed[^1] != '"')
        {
            return false;
        }

        try
        {
            text = JsonSerializer.Deserialize<string>(trimmed) ?? string.Empty;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
