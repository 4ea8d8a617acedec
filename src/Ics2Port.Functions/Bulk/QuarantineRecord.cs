namespace Ics2Port.Functions.Bulk;

/// <summary>
/// The <c>.error.json</c> beside a quarantined file: where it came from, why it was set aside, when, by which
/// invocation and after how many attempts; <see cref="Status"/> is the result's status when there is a result.
/// </summary>
public sealed record QuarantineRecord(
    string Source,
    string SourceEtag,
    string Function,
    string Reason,
    DateTimeOffset QuarantinedAt,
    string? InvocationId,
    int Attempts,
    int? Status = null);
