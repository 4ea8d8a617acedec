namespace Ics2Port.Functions.Fallback.Availability;

/// <summary>The body of <c>POST /api/system/outages</c> (CONTRACT.md); <c>announcedAt</c> stays text until checked (FORMAT-DATE).</summary>
public sealed record OutageAnnouncement(string? AnnouncedAt, string? Source, string? Message);
