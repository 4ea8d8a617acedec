namespace Ics2Port.Storage.Permits;

/// <summary>Customs' decision on a permit application: granted with a permit number, or refused with a reason.</summary>
public sealed record PermitDecision
{
    /// <summary><c>granted</c> or <c>refused</c>.</summary>
    public required string Outcome { get; init; }

    /// <summary>The permit's number when granted.</summary>
    public string? PermitNumber { get; init; }

    /// <summary>Why it was refused.</summary>
    public string? Reason { get; init; }

    /// <summary>When customs decided.</summary>
    public required DateTimeOffset DecidedAt { get; init; }

    /// <summary>Who decided, e.g. <c>customs:0210</c> or <c>port-system</c>.</summary>
    public required string DecidedBy { get; init; }

    /// <summary>The customs control point that decided, e.g. <c>0210</c>.</summary>
    public string? Office { get; init; }
}
