namespace Ics2Port.Storage.Documents;

/// <summary>Outcome of <see cref="DocumentStore.CommitAsync"/>.</summary>
public enum DocumentCommitKind
{
    /// <summary>A new version was stored.</summary>
    Created,

    /// <summary>The latest version already has this body (another submission stored it); nothing was stored.</summary>
    Existing,

    /// <summary>The caller's precondition rejected the current version; nothing was committed.</summary>
    PreconditionFailed,
}
