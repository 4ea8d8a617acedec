namespace Ics2Port.Functions.Fallback.Availability;

/// <summary>The body of <c>POST /api/system/outages</c> (CONTRACT.md).</summary>
public sealed record OutageAnnouncement(DateTimeOffset? AnnouncedAt, string? Source, string? Message);
