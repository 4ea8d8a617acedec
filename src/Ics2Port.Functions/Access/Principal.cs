namespace Ics2Port.Functions.Access;

using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Ics2Port.Domain.Codes;
using Ics2Port.Domain.Fallback;

/// <summary>The caller a use case acts for: an agent with its id, a ship supplier with its id, the authority, or a customs control point.</summary>
public sealed partial record Principal
{
    private const string AgentPrefix = "agent:";
    private const string AuthorityText = "authority";
    private const string CustomsPrefix = "customs:";
    private const string SupplierPrefix = "supplier:";

    private Principal(PrincipalKind kind, string? agentId, CustomsControlPoint? controlPoint = null, string? supplierId = null)
    {
        Kind = kind;
        AgentId = agentId;
        ControlPoint = controlPoint;
        SupplierId = supplierId;
    }

    public static Principal Authority { get; } = new(PrincipalKind.Authority, null);

    public PrincipalKind Kind { get; }

    /// <summary>
    /// The agent's id, e.g. <c>AG-BALTSHIP</c>, which is also whose data the principal may read;
    /// null for the authority, who reads everyone's, and for customs, who read their port's (see <see cref="MaySee"/>).
    /// </summary>
    public string? AgentId { get; }

    /// <summary>The customs control point a customs principal acts for (its code and its port's UN/LOCODE); null otherwise.</summary>
    public CustomsControlPoint? ControlPoint { get; }

    /// <summary>Only the authority reads every agent's data; customs read their own port's, agents their own.</summary>
    public bool ReadsEveryAgent => Kind == PrincipalKind.Authority;

    /// <summary>
    /// The ship supplier's id, e.g. <c>SU-BALTCHANDLER</c>; null for everyone else. A supplier has no <see cref="AgentId"/>
    /// but does not read everyone's data: it reaches only the operations that admit suppliers (see <c>ApiGateway</c>).
    /// </summary>
    public string? SupplierId { get; }

    /// <summary>A ship supplier; ids are written like agent ids.</summary>
    public static Principal Supplier(string supplierId) =>
        IsValidAgentId(supplierId) ? new(PrincipalKind.Supplier, null, supplierId: supplierId) : throw new ArgumentException($"'{supplierId}' is not a valid supplier id.", nameof(supplierId));

    /// <summary>An agent; ids are upper-case letters, digits and hyphens, as they appear in blob paths.</summary>
    public static Principal Agent(string agentId) =>
        IsValidAgentId(agentId) ? new(PrincipalKind.Agent, agentId) : throw new ArgumentException($"'{agentId}' is not a valid agent id.", nameof(agentId));

    /// <summary>The customs control point with <paramref name="code"/> (e.g. <c>0210</c>), which sees the port calls of its port.</summary>
    public static Principal Customs(string code) =>
        ControlPoints.Latvia.All.FirstOrDefault(point => point.Code == code) is { } point
            ? new(PrincipalKind.Customs, null, point)
            : throw new ArgumentException($"'{code}' is not a customs control point.", nameof(code));

    public static bool IsValidAgentId([NotNullWhen(true)] string? agentId) => agentId is not null && AgentIdPattern().IsMatch(agentId);

    /// <summary>Parses <c>agent:AG-BALTSHIP</c>, <c>supplier:SU-BALTCHANDLER</c>, <c>authority</c> or <c>customs:0210</c>.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Principal? principal)
    {
        principal = text switch
        {
            AuthorityText => Authority,
            not null when text.StartsWith(AgentPrefix, StringComparison.Ordinal) && IsValidAgentId(text[AgentPrefix.Length..]) =>
                new Principal(PrincipalKind.Agent, text[AgentPrefix.Length..]),
            not null when text.StartsWith(CustomsPrefix, StringComparison.Ordinal)
                && ControlPoints.Latvia.All.FirstOrDefault(point => point.Code == text[CustomsPrefix.Length..]) is { } point =>
                new Principal(PrincipalKind.Customs, null, point),
            not null when text.StartsWith(SupplierPrefix, StringComparison.Ordinal) && IsValidAgentId(text[SupplierPrefix.Length..]) =>
                new Principal(PrincipalKind.Supplier, null, supplierId: text[SupplierPrefix.Length..]),
            _ => null,
        };
        return principal is not null;
    }

    /// <summary>
    /// Whether this principal may see a port call of <paramref name="agentId"/> at <paramref name="port"/> (a UN/LOCODE):
    /// the authority every one, an agent its own, customs those of their port.
    /// </summary>
    public bool MaySee(string agentId, string port) => Kind switch
    {
        PrincipalKind.Authority => true,
        PrincipalKind.Agent => AgentId == agentId,
        PrincipalKind.Customs => ControlPoint is { } point && UnLocode.SamePort(point.Port, port),
        _ => false,
    };

    public override string ToString() => Kind switch
    {
        PrincipalKind.Authority => AuthorityText,
        PrincipalKind.Customs => CustomsPrefix + ControlPoint?.Code,
        PrincipalKind.Supplier => SupplierPrefix + SupplierId,
        _ => AgentPrefix + AgentId,
    };

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,39}$")]
    private static partial Regex AgentIdPattern();
}
