namespace Ics2Port.Storage.Heads;

/// <summary>
/// What a port call's head keeps of one document: its latest version as the receipt names it, and the figures
/// a FAL 1 declares (the other documents' rules and the completeness of the direction depend on them).
/// </summary>
public sealed record HeadDocument
{
    public required int Version { get; init; }

    public required string Sha256 { get; init; }

    /// <summary>The delivery state of the latest version.</summary>
    public required string State { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required string ContentType { get; init; }

    /// <summary>Name of the body blob (also when the body is inline: its extension names the file in fallback mail).</summary>
    public required string BlobName { get; init; }

    /// <summary>Tells the commit that stored the version from every other: a lost answer retried finds its own id.</summary>
    public required string CommitId { get; init; }

    public int? ItemCount { get; init; }

    /// <summary>True when the body is on the version row rather than in the blob.</summary>
    public bool Inline { get; init; }

    /// <summary>A FAL 1's figures; null for other types.</summary>
    public DeclaredFigures? Figures { get; init; }
}
