namespace Ics2Port.Functions.Supplies;

using Ics2Port.Functions.Access;
using Ics2Port.Storage.PortCalls;

/// <summary>
/// Who sees a supply: its supplier, and whoever sees its port call (the ship's agent, customs of the port, the
/// authority); anyone else is answered 404.
/// </summary>
public static class SupplyAccess
{
    public static bool MaySee(Principal principal, PortCallRecord portCall, string supplierId) => principal.Kind switch
    {
        PrincipalKind.Supplier => principal.SupplierId == supplierId,
        PrincipalKind.Agent or PrincipalKind.Authority or PrincipalKind.Customs => MaySeePortCall(principal, portCall),
        _ => false,
    };

    /// <summary>A supplier may reach any port call it supplies (its own supplies only); everyone else the port calls they see.</summary>
    public static bool MayList(Principal principal, PortCallRecord portCall) =>
        principal.Kind == PrincipalKind.Supplier || MaySeePortCall(principal, portCall);

    /// <summary>The supplier itself, or the ship's agent of the port call on the ship's behalf, files the proof of loading.</summary>
    public static bool MayConfirmLoading(Principal principal, PortCallRecord portCall, string supplierId) =>
        principal.Kind is PrincipalKind.Supplier or PrincipalKind.Agent && MaySee(principal, portCall, supplierId);

    private static bool MaySeePortCall(Principal principal, PortCallRecord portCall) => principal.MaySee(portCall.AgentId, portCall.Port);
}
