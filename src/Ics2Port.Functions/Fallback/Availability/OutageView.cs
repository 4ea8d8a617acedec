namespace Ics2Port.Functions.Fallback.Availability;

using Ics2Port.Storage.Outages;

/// <summary>An outage as the API shows it; <c>state</c> is <c>open</c> or <c>restored</c>.</summary>
public sealed record OutageView(
    string OutageId,
    string State,
    string Source,
    DateTimeOffset AnnouncedAt,
    string? Message,
    DateTimeOffset OpenedAt,
    DateTimeOffset? RestoredAt,
    string? RestoredBy)
{
    public static OutageView From(OutageRecord outage) => new(
        outage.OutageId,
        outage.RestoredAt is null ? "open" : "restored",
        outage.Source,
        outage.AnnouncedAt,
        outage.Message,
        outage.OpenedAt,
        outage.RestoredAt,
        outage.RestoredBy);
}
