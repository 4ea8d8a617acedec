namespace Ics2Port.Domain.Reading;

using System.Buffers;
using System.Text;

/// <summary>Locates the first byte that is not UTF-8, for messages a person can find it by.</summary>
internal static class Utf8Text
{
    /// <summary>The one-based line of the first invalid byte.</summary>
    public static int LineOfFirstInvalidByte(ReadOnlySpan<byte> text)
    {
        var offset = 0;
        while (offset < text.Length && Rune.DecodeFromUtf8(text[offset..], out _, out var consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        return text[..offset].Count((byte)'\n') + 1;
    }
}
