namespace Ics2Port.Functions.Permits;

using Ics2Port.Storage.Permits;

/// <summary>A permit application of a port call as the port call lists it: its state and, once decided, the decision.</summary>
public sealed record PermitSummary(string PermitId, string State, DateTimeOffset ReceivedAt, PermitDecisionView? Decision = null)
{
    public static PermitSummary From(PermitRecord permit) =>
        new(permit.PermitId, permit.State, permit.ReceivedAt, PermitDecisionView.From(permit.Decision));
}
