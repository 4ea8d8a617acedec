using System.Globalization;
using Azure.Data.Tables;

namespace Ics2Port.Storage.Documents;

/// <summary>
/// A body kept on its version row: split over binary properties <c>Body0</c>…<c>Body3</c> of at most 64 KiB each (the
/// service's limit for one property), with <c>Inline</c> and <c>BodyLength</c>. Four leave the row (1 MiB at most)
/// room for its attempts, and a transaction (4 MiB) room for the head.
/// </summary>
internal static class InlineBodies
{
    public const int Limit = Chunks * ChunkBytes;

    private const int Chunks = 4;
    private const int ChunkBytes = 64 * 1024;

    public static void Write(TableEntity entity, BinaryData content)
    {
        var bytes = content.ToMemory();
        if (bytes.Length > Limit)
        {
            throw new ArgumentException($"An inline body holds at most {Limit} bytes.", nameof(content));
        }

        entity["BodyLength"] = bytes.Length;
        for (var chunk = 0; chunk == 0 || chunk * ChunkBytes < bytes.Length; chunk++)
        {
            var start = chunk * ChunkBytes;
            entity[NameOf(chunk)] = bytes[start..Math.Min(bytes.Length, start + ChunkBytes)].ToArray();
        }
    }

    /// <summary>The inline body of a row read whole; null for a body in a blob, or a row read without its body.</summary>
    public static BinaryData? Read(TableEntity entity)
    {
        if (entity.GetBoolean("Inline") != true || !entity.ContainsKey(NameOf(0)))
        {
            return null;
        }

        var body = new byte[entity.GetInt32("BodyLength") ?? 0];
        var offset = 0;
        for (var chunk = 0; offset < body.Length && entity.GetBinary(NameOf(chunk)) is { } part; chunk++)
        {
            part.CopyTo(body, offset);
            offset += part.Length;
        }

        return offset == body.Length
            ? BinaryData.FromBytes(body)
            : throw new InvalidOperationException($"The inline body of {entity.PartitionKey}/{entity.RowKey} is incomplete.");
    }

    private static string NameOf(int chunk) => "Body" + chunk.ToString(CultureInfo.InvariantCulture);
}
