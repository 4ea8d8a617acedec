using Azure;

namespace Ics2Port.Storage.Outages;

/// <summary>
/// The port system's availability now: the one row every delivery reads, naming the open outage and counting
/// the deliveries that failed in a row.
/// </summary>
public sealed record PortSystemStatusRecord
{
    /// <summary>The state of a port system nobody has reported on: available since the beginning.</summary>
    public static PortSystemStatusRecord Initial { get; } = new() { Available = true };

    /// <summary>False during an outage.</summary>
    public required bool Available { get; init; }

    /// <summary>Since when the port system has been in its current state; null when nothing was ever recorded.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>The open outage; null while available.</summary>
    public OutageRecord? Outage { get; init; }

    /// <summary>Deliveries that failed in a row since the last success or outage change.</summary>
    public int ConsecutiveFailures { get; init; }

    /// <summary>What the last failed delivery said.</summary>
    public string? LastFailure { get; init; }

    /// <summary>The row's ETag when read; default when the row has never been written.</summary>
    public ETag ETag { get; init; }
}
