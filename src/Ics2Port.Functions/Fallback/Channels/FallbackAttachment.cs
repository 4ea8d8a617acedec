namespace Ics2Port.Functions.Fallback.Channels;

/// <summary>A file sent with a letter or e-mail: the stored document as it was received.</summary>
/// <param name="FileName">E.g. <c>fal5.csv</c>.</param>
/// <param name="ContentType">E.g. <c>text/csv</c>.</param>
/// <param name="Content">The bytes, unchanged.</param>
public sealed record FallbackAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
