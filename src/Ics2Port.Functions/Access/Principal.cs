namespace Ics2Port.Functions.Access;

using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using System.Text.RegularExpressions;

/// <summary>The caller a use case acts for: an agent with its id, or the authority.</summary>
public sealed partial record Principal
{
    private const string AgentPrefix = "agent:";
    private const string AuthorityText = "authority";
    private const string KindClaim = "ics2port/kind";
    private const string AgentClaim = "ics2port/agent";

    private Principal(PrincipalKind kind, string? agentId)
    {
        Kind = kind;
        AgentId = agentId;
    }

    public static Principal Authority { get; } = new(PrincipalKind.Authority, null);

    public PrincipalKind Kind { get; }

    /// <summary>
    /// The agent's id, e.g. <c>AG-BALTSHIP</c>, which is also whose data the principal may read;
    /// null for the authority, who reads everyone's.
    /// </summary>
    public string? AgentId { get; }

    /// <summary>An agent; ids are upper-case letters, digits and hyphens, as they appear in blob paths.</summary>
    public static Principal Agent(string agentId) =>
        IsValidAgentId(agentId) ? new(PrincipalKind.Agent, agentId) : throw new ArgumentException($"'{agentId}' is not a valid agent id.", nameof(agentId));

    public static bool IsValidAgentId([NotNullWhen(true)] string? agentId) => agentId is not null && AgentIdPattern().IsMatch(agentId);

    /// <summary>Parses <c>agent:AG-BALTSHIP</c> or <c>authority</c>.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Principal? principal)
    {
        principal = text switch
        {
            AuthorityText => Authority,
            not null when text.StartsWith(AgentPrefix, StringComparison.Ordinal) && IsValidAgentId(text[AgentPrefix.Length..]) =>
                new Principal(PrincipalKind.Agent, text[AgentPrefix.Length..]),
            _ => null,
        };
        return principal is not null;
    }

    /// <summary>The principal an authenticated request carries, or null.</summary>
    public static Principal? FromClaims(ClaimsPrincipal user) =>
        user.FindFirstValue(KindClaim) switch
        {
            nameof(PrincipalKind.Authority) => Authority,
            nameof(PrincipalKind.Agent) when IsValidAgentId(user.FindFirstValue(AgentClaim)) => new Principal(PrincipalKind.Agent, user.FindFirstValue(AgentClaim)),
            _ => null,
        };

    /// <summary>Minimal API binding: endpoints behind an access policy receive the caller.</summary>
    public static ValueTask<Principal?> BindAsync(HttpContext context) => ValueTask.FromResult(FromClaims(context.User));

    public ClaimsPrincipal ToClaimsPrincipal(string authenticationType)
    {
        var claims = new List<Claim> { new(KindClaim, Kind.ToString()), new(ClaimTypes.Name, ToString()) };
        if (AgentId is not null)
        {
            claims.Add(new Claim(AgentClaim, AgentId));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }

    /// <summary>Policy test: true when the user is an authenticated principal of <paramref name="kind"/>.</summary>
    public static bool IsKind(ClaimsPrincipal user, PrincipalKind kind) => FromClaims(user)?.Kind == kind;

    public override string ToString() => Kind == PrincipalKind.Authority ? AuthorityText : AgentPrefix + AgentId;

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,39}$")]
    private static partial Regex AgentIdPattern();
}
