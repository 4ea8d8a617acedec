namespace Ics2Port.Storage.Deliveries;

/// <summary>One try to get a document version to the port system or to customs by a fallback channel.</summary>
public sealed record DeliveryAttempt
{
    /// <summary>1 for the case's first attempt, then without gaps across channels.</summary>
    public required int Number { get; init; }

    /// <summary>Where it went, e.g. <c>port-system</c>, <c>eds</c>, <c>email</c>, <c>re-entry</c>, <c>in-person</c>.</summary>
    public required string Channel { get; init; }

    /// <summary>How it ended, or <c>started</c> while it has not ended (or its worker died before saying).</summary>
    public required string Outcome { get; init; }

    /// <summary>When it was claimed.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When its outcome was recorded.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Why it did not succeed.</summary>
    public string? Error { get; init; }

    /// <summary>The peer's reference: the EDS letter id, the e-mail's Message-ID, who confirmed a hand-over.</summary>
    public string? Reference { get; init; }

    /// <summary>The workflow run or request that claimed it.</summary>
    public string? ClaimedBy { get; init; }

    /// <summary>How often a later run took the attempt over after its worker died, repeating it with the same reference.</summary>
    public int Resumptions { get; init; }
}
