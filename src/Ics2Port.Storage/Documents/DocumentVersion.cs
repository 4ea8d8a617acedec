namespace Ics2Port.Storage.Documents;

/// <summary>One accepted version of a port call document: the index row that points at its raw body.</summary>
public sealed record DocumentVersion
{
    /// <summary>Stable across versions: <c>{portCallId}-{direction}-{type}</c>.</summary>
    public required string DocumentId { get; init; }

    /// <summary>The port call the document belongs to.</summary>
    public required string PortCallId { get; init; }

    /// <summary>The owning agent.</summary>
    public required string AgentId { get; init; }

    /// <summary>Wire name of the direction, e.g. <c>arrival</c>.</summary>
    public required string Direction { get; init; }

    /// <summary>Wire name of the document type, e.g. <c>fal5</c>.</summary>
    public required string Type { get; init; }

    /// <summary>1 for the first accepted version, then without gaps.</summary>
    public required int Version { get; init; }

    /// <summary>Lower-case hex SHA-256 of the raw body.</summary>
    public required string Sha256 { get; init; }

    /// <summary>The body's media type as received, e.g. <c>text/csv</c>.</summary>
    public required string ContentType { get; init; }

    /// <summary>Name of the raw body in the documents container.</summary>
    public required string BlobName { get; init; }

    /// <summary>When the version was received.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Processing state, <c>accepted</c> when stored.</summary>
    public required string State { get; init; }

    /// <summary>Number of listed people or items (crew on FAL 5, passengers on FAL 6), when the type lists any.</summary>
    public int? ItemCount { get; init; }

    /// <summary>True when the body is kept on the version row itself rather than in the blob <see cref="BlobName"/>.</summary>
    public bool IsInline { get; init; }

    /// <summary>The commit that stored the version.</summary>
    public string? CommitId { get; init; }
}
