namespace Ics2Port.Domain.Tests.Reading;

using System.Text;

/// <summary>Request bodies built in tests.</summary>
internal static class Utf8Bytes
{
    /// <summary>Lines joined with LF, as a file with a final line break.</summary>
    public static ReadOnlyMemory<byte> Lines(params string[] lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");

    public static ReadOnlyMemory<byte> Of(string text) => Encoding.UTF8.GetBytes(text);
}
