namespace Ics2Port.Functions.Access;

using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

/// <summary>The caller a use case acts for: an agent with its id, or the authority.</summary>
public sealed partial record Principal
{
    private const string AgentPrefix = "agent:";
    private const string AuthorityText = "authority";

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

    public override string ToString() => Kind == PrincipalKind.Authority ? AuthorityText : AgentPrefix + AgentId;

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,39}$")]
    private static partial Regex AgentIdPattern();
}
