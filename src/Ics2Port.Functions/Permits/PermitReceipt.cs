namespace Ics2Port.Functions.Permits;

using Ics2Port.Domain.Common;
using Ics2Port.Storage.Permits;

/// <summary>The receipt of an accepted permit application, with advisory warnings (e.g. PERMIT-CUSTOMS-REF).</summary>
public sealed record PermitReceipt(
    string PermitId,
    string PortCallId,
    string State,
    DateTimeOffset ReceivedAt,
    string Sha256,
    IReadOnlyList<Finding>? Warnings = null)
{
    public static PermitReceipt From(PermitRecord permit, IReadOnlyList<Finding>? warnings = null) =>
        new(permit.PermitId, permit.PortCallId, permit.State, permit.ReceivedAt, permit.Sha256, warnings is { Count: > 0 } ? warnings : null);
}
