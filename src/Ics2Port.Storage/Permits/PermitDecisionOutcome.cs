namespace Ics2Port.Storage.Permits;

/// <summary>How recording a decision ended.</summary>
public enum PermitDecisionOutcome
{
    /// <summary>The decision is recorded.</summary>
    Recorded,

    /// <summary>The permit was decided before; nothing changed.</summary>
    AlreadyDecided,

    /// <summary>There is no such permit.</summary>
    NotFound,
}
