namespace Ics2Port.PeerSimulators.Eds;

/// <summary>A file of a letter, as sent.</summary>
public sealed record LetterAttachment(string? FileName, string? ContentType, string? ContentBase64);
