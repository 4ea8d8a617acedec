namespace Ics2Port.PeerSimulators.Eds;

/// <summary>A file of a received letter, described by its size and hash.</summary>
public sealed record ReceivedAttachment(string FileName, string ContentType, int Length, string Sha256);
