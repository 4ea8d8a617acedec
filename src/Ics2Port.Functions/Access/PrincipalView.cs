namespace Ics2Port.Functions.Access;

/// <summary>
/// The signed-in principal as <c>GET /api/me</c> answers it: its kind, its id (the agent's or supplier's id, the customs
/// control point's code, <c>authority</c>), the principal as a key entry names it, and for customs their port and control point.
/// </summary>
public sealed record PrincipalView(
    string Kind,
    string Id,
    string Principal,
    string? Port = null,
    string? ControlPoint = null,
    string? ControlPointName = null)
{
    public static PrincipalView From(Principal principal) => principal.Kind switch
    {
        PrincipalKind.Agent => new(KindOf(principal), principal.AgentId!, principal.ToString()),
        PrincipalKind.Supplier => new(KindOf(principal), principal.SupplierId!, principal.ToString()),
        PrincipalKind.Customs => new(
            KindOf(principal), principal.ControlPoint!.Code, principal.ToString(), principal.ControlPoint.Port, principal.ControlPoint.Code, principal.ControlPoint.Name),
        _ => new(KindOf(principal), principal.ToString(), principal.ToString()),
    };

    /// <summary>The kinds as the answer writes them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [.. Enum.GetValues<PrincipalKind>().Select(WireName)];

    private static string KindOf(Principal principal) => WireName(principal.Kind);

    private static string WireName(PrincipalKind kind) => kind.ToString().ToLowerInvariant();
}
