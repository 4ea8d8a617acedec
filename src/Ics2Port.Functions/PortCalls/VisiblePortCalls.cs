namespace Ics2Port.Functions.PortCalls;

using Ics2Port.Functions.Access;
using Ics2Port.Storage.Heads;
using Ics2Port.Storage.PortCalls;

/// <summary>The one place that decides whether a principal sees a port call: its agent, customs of its port, the authority.</summary>
public static class VisiblePortCalls
{
    /// <summary>The port call, or null when it does not exist or <paramref name="principal"/> may not see it (answered as 404 alike).</summary>
    public static async Task<PortCallRecord?> FindVisibleAsync(this PortCallStore portCalls, Principal principal, string portCallId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(portCalls);
        ArgumentNullException.ThrowIfNull(principal);
        var record = await portCalls.FindAsync(portCallId, principal.AgentId, cancellationToken);
        return record is not null && principal.MaySee(record.AgentId, record.Port) ? record : null;
    }

    /// <summary>The port call's head, or null when it does not exist or <paramref name="principal"/> may not see it (answered as 404 alike).</summary>
    public static async Task<PortCallHead?> FindVisibleAsync(this PortCallHeads heads, Principal principal, string portCallId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(principal);
        var head = await heads.FindAsync(portCallId, principal.AgentId, cancellationToken);
        return head is not null && principal.MaySee(head.AgentId, PortCallRecords.PortSearchKey(PortCallRecords.RequestOf(head).Port)) ? head : null;
    }
}
