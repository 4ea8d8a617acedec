using Azure;
using Ics2Port.Storage.Documents;

namespace Ics2Port.Storage.Deliveries;

/// <summary>
/// A document version on its way to the port system: the version row with its delivery state, the attempts made
/// and, once the port system failed it, the outage that opened its fallback case. One row, one ETag: every change
/// is a conditional write, so two workers never both advance it.
/// </summary>
public sealed record DeliveryRecord
{
    /// <summary>The version, whose <see cref="DocumentVersion.State"/> is the delivery state.</summary>
    public required DocumentVersion Document { get; init; }

    /// <summary>Every attempt, oldest first.</summary>
    public required IReadOnlyList<DeliveryAttempt> Attempts { get; init; }

    /// <summary>When the port system first could not take it, which makes it a fallback case; null while it never failed.</summary>
    public DateTimeOffset? CaseOpenedAt { get; init; }

    /// <summary>The outage during which the case opened, when one was known.</summary>
    public string? OutageId { get; init; }

    /// <summary>True once the case is in its owner's case index (<see cref="CaseIndex"/>).</summary>
    public bool CaseListed { get; init; }

    /// <summary>The row's ETag when it was read; the condition of the next write.</summary>
    public required ETag ETag { get; init; }

    /// <summary>The delivery state's wire name, e.g. <c>pending</c>.</summary>
    public string State => Document.State;
}
