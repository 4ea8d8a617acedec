using Azure;

namespace Ics2Port.Storage.Outages;

/// <summary>One period in which the port system was unavailable, announced by its helpdesk or detected by failed deliveries.</summary>
public sealed record OutageRecord
{
    /// <summary>E.g. <c>out-7k2m9x4q1z</c>.</summary>
    public required string OutageId { get; init; }

    /// <summary><c>helpdesk</c> (announced) or <c>detected</c>.</summary>
    public required string Source { get; init; }

    /// <summary>When the helpdesk announced it, or when the failures that revealed it began.</summary>
    public required DateTimeOffset AnnouncedAt { get; init; }

    /// <summary>The announcement's text, or what the failed deliveries said.</summary>
    public string? Message { get; init; }

    /// <summary>When Ics2Port recorded it.</summary>
    public required DateTimeOffset OpenedAt { get; init; }

    /// <summary>When it ended; null while it lasts.</summary>
    public DateTimeOffset? RestoredAt { get; init; }

    /// <summary>Who ended it: <c>authority</c>, or <c>probe</c> for a detected outage that a status check closed.</summary>
    public string? RestoredBy { get; init; }

    /// <summary>The row's ETag when read.</summary>
    public ETag ETag { get; init; }
}
