namespace Ics2Port.Storage.FallbackInbox;

/// <summary>One attachment of an e-mail taken in by the fallback inbox, and what became of it.</summary>
public sealed record IntakeAttachment
{
    /// <summary>The name the sender gave it.</summary>
    public required string FileName { get; init; }

    /// <summary>The media type the sender gave it.</summary>
    public required string ContentType { get; init; }

    /// <summary>Its size in bytes.</summary>
    public required int Length { get; init; }

    /// <summary>Lower-case hex SHA-256 of its bytes.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Where its bytes are kept in the fallback container.</summary>
    public required string BlobName { get; init; }

    /// <summary>
    /// What was done with it: <c>re-entry</c> (filed as a document version that FB-REENTRY brings to the port system),
    /// <c>signature</c> (a <c>.p7s</c> kept beside its document), <c>kept</c> (not a document; only stored), <c>refused</c>
    /// (a document that failed validation), <c>waiting</c> (not yet processed).
    /// </summary>
    public required string Outcome { get; init; }

    /// <summary>The document it was filed as, for <c>re-entry</c>.</summary>
    public string? DocumentId { get; init; }

    /// <summary>The version it was filed as, for <c>re-entry</c>.</summary>
    public int? Version { get; init; }

    /// <summary>The version's delivery state when the intake was processed.</summary>
    public string? State { get; init; }

    /// <summary>Why, in a sentence.</summary>
    public string? Detail { get; init; }
}
