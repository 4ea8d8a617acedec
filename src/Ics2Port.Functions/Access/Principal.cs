namespace Ics2Port.Functions.Access;

using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

/// <summary>The caller a use case acts for: an agent with its id, a ship supplier with its id, or the authority.</summary>
public sealed partial record Principal
{
    private const string AgentPrefix = "agent:";
    private const string AuthorityText = "authority";
    private const string SupplierPrefix = "supplier:";

    private Principal(PrincipalKind kind, string? agentId, string? supplierId = null)
    {
        Kind = kind;
        AgentId = agentId;
        SupplierId = supplierId;
    }

    public static Principal Authority { get; } = new(PrincipalKind.Authority, null);

    public PrincipalKind Kind { get; }

    /// <summary>
    /// The agent's id, e.g. <c>AG-BALTSHIP</c>, which is also whose data the principal may read;
    /// null for the authority, who reads everyone's.
    /// </summary>
    public string? AgentId { get; }

    /// <summary>
    /// The ship supplier's id, e.g. <c>SU-BALTCHANDLER</c>; null for everyone else. A supplier has no <see cref="AgentId"/>
    /// but does not read everyone's data: it reaches only the operations that admit suppliers (see <c>ApiGateway</c>).
    /// </summary>
    public string? SupplierId { get; }

    /// <summary>A ship supplier; ids are written like agent ids.</summary>
    public static Principal Supplier(string supplierId) =>
        IsValidAgentId(supplierId) ? new(PrincipalKind.Supplier, null, supplierId) : throw new ArgumentException($"'{supplierId}' is not a valid supplier id.", nameof(supplierId));

    /// <summary>An agent; ids are upper-case letters, digits and hyphens, as they appear in blob paths.</summary>
    public static Principal Agent(string agentId) =>
        IsValidAgentId(agentId) ? new(PrincipalKind.Agent, agentId) : throw new ArgumentException($"'{agentId}' is not a valid agent id.", nameof(agentId));

    public static bool IsValidAgentId([NotNullWhen(true)] string? agentId) => agentId is not null && AgentIdPattern().IsMatch(agentId);

    /// <summary>Parses <c>agent:AG-BALTSHIP</c>, <c>supplier:SU-BALTCHANDLER</c> or <c>authority</c>.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Principal? principal)
    {
        principal = text switch
        {
            AuthorityText => Authority,
            not null when text.StartsWith(AgentPrefix, StringComparison.Ordinal) && IsValidAgentId(text[AgentPrefix.Length..]) =>
                new Principal(PrincipalKind.Agent, text[AgentPrefix.Length..]),
            not null when text.StartsWith(SupplierPrefix, StringComparison.Ordinal) && IsValidAgentId(text[SupplierPrefix.Length..]) =>
                new Principal(PrincipalKind.Supplier, null, text[SupplierPrefix.Length..]),
            _ => null,
        };
        return principal is not null;
    }

    public override string ToString() => Kind switch
    {
        PrincipalKind.Authority => AuthorityText,
        PrincipalKind.Supplier => SupplierPrefix + SupplierId,
        _ => AgentPrefix + AgentId,
    };

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,39}$")]
    private static partial Regex AgentIdPattern();
}
