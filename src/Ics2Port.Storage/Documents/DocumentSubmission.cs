using Ics2Port.Storage.Heads;

namespace Ics2Port.Storage.Documents;

/// <summary>A validated document body to be committed as the next version.</summary>
public sealed record DocumentSubmission
{
    /// <summary>The owning agent.</summary>
    public required string AgentId { get; init; }

    /// <summary>The port call the document belongs to.</summary>
    public required string PortCallId { get; init; }

    /// <summary>Wire name of the direction.</summary>
    public required string Direction { get; init; }

    /// <summary>Wire name of the document type.</summary>
    public required string Type { get; init; }

    /// <summary>The raw body exactly as received.</summary>
    public required BinaryData Content { get; init; }

    /// <summary>The body's media type, stored with it and served back.</summary>
    public required string ContentType { get; init; }

    /// <summary>File extension of the raw body without the dot, e.g. <c>csv</c>.</summary>
    public required string Extension { get; init; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public required string Sha256 { get; init; }

    /// <summary>When the body was received.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Number of listed people or items, kept for the consistency checks of other documents.</summary>
    public int? ItemCount { get; init; }

    /// <summary>What a FAL 1 declares, kept on the head for the rules of the other documents.</summary>
    public DeclaredFigures? Figures { get; init; }

    /// <summary>Tells this submission's commit from any other with the same body: a retried commit whose answer was lost finds its own id.</summary>
    public string CommitId { get; init; } = Guid.NewGuid().ToString("N");
}
