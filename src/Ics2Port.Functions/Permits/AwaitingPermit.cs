namespace Ics2Port.Functions.Permits;

using Ics2Port.Domain.Codes;
using Ics2Port.Storage.Permits;

/// <summary>
/// A permit application awaiting customs' decision, as their worklist shows it: its state and what it is about
/// (operation, HS codes, berth, planned start).
/// </summary>
public sealed record AwaitingPermit(
    string PermitId,
    string PortCallId,
    string State,
    DateTimeOffset ReceivedAt,
    string Operation,
    IReadOnlyList<string> HsCodes,
    string Berth,
    DateTimeOffset? PlannedStart = null)
{
    public static AwaitingPermit From(PermitRecord permit, PermitOutline outline)
    {
        ArgumentNullException.ThrowIfNull(permit);
        ArgumentNullException.ThrowIfNull(outline);
        return new(
            permit.PermitId,
            permit.PortCallId,
            permit.State,
            permit.ReceivedAt,
            outline.Operation,
            outline.HsCodes,
            outline.Berth,
            IsoDateTime.TryParse(outline.PlannedStart, out var start) ? start : null);
    }
}
