namespace Ics2Port.Domain.Permits;

/// <summary>Customs' answer to a permit application: grant it with a permit number, or refuse it with a reason.</summary>
public sealed record PermitDecisionRequest
{
    /// <summary><c>granted</c> or <c>refused</c>.</summary>
    public string? Outcome { get; init; }

    /// <summary>The number of the permit granted; required when granted.</summary>
    public string? PermitNumber { get; init; }

    /// <summary>Why the application is refused; required when refused.</summary>
    public string? Reason { get; init; }
}
