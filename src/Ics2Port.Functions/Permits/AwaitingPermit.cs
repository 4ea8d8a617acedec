namespace Ics2Port.Functions.Permits;

using Ics2Port.Storage.Permits;

/// <summary>A permit application awaiting customs' decision, as their worklist shows it.</summary>
public sealed record AwaitingPermit(string PermitId, string PortCallId, string State, DateTimeOffset ReceivedAt)
{
    public static AwaitingPermit From(PermitRecord permit) => new(permit.PermitId, permit.PortCallId, permit.State, permit.ReceivedAt);
}
