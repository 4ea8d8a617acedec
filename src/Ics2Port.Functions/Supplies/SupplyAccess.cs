namespace Ics2Port.Functions.Supplies;

using Ics2Port.Functions.Access;

/// <summary>Who sees a supply: its supplier, the ship's agent of its port call, and the authority (customs); anyone else is answered 404.</summary>
public static class SupplyAccess
{
    public static bool MaySee(Principal principal, string portCallAgentId, string supplierId) => principal.Kind switch
    {
        PrincipalKind.Supplier => principal.SupplierId == supplierId,
        PrincipalKind.Agent => principal.AgentId == portCallAgentId,
        PrincipalKind.Authority => true,
        _ => false,
    };

    /// <summary>The supplier itself, or the ship's agent of the port call on the ship's behalf, files the proof of loading.</summary>
    public static bool MayConfirmLoading(Principal principal, string portCallAgentId, string supplierId) =>
        principal.Kind is PrincipalKind.Supplier or PrincipalKind.Agent && MaySee(principal, portCallAgentId, supplierId);
}
