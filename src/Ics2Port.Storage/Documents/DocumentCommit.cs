namespace Ics2Port.Storage.Documents;

/// <summary>What committing a document submission did.</summary>
/// <param name="Kind">Whether a version was created, already existed, or the precondition failed.</param>
/// <param name="Version">The created or existing version; for a failed precondition the current one, if any.</param>
public sealed record DocumentCommit(DocumentCommitKind Kind, DocumentVersion? Version);
