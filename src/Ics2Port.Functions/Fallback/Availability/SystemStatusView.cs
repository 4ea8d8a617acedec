namespace Ics2Port.Functions.Fallback.Availability;

using Ics2Port.Storage.Outages;

/// <summary><c>GET /api/system/status</c>: <c>{ portSystem, since, outageId }</c> (CONTRACT.md), with the open outage's source and message.</summary>
public sealed record SystemStatusView(string PortSystem, DateTimeOffset? Since, string? OutageId, string? Source, string? Message)
{
    public const string Available = "available";
    public const string Unavailable = "unavailable";

    public static SystemStatusView From(PortSystemStatusRecord status) => new(
        status.Available ? Available : Unavailable,
        status.Since,
        status.Outage?.OutageId,
        status.Outage?.Source,
        status.Outage?.Message);
}
