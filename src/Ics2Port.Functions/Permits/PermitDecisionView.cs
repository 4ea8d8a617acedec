namespace Ics2Port.Functions.Permits;

using Ics2Port.Storage.Permits;

/// <summary>Customs' decision as the agent sees it: granted with a permit number, or refused with a reason.</summary>
public sealed record PermitDecisionView(
    string Outcome,
    DateTimeOffset DecidedAt,
    string DecidedBy,
    string? PermitNumber = null,
    string? Reason = null,
    string? Office = null)
{
    public static PermitDecisionView? From(PermitDecision? decision) =>
        decision is null ? null : new(decision.Outcome, decision.DecidedAt, decision.DecidedBy, decision.PermitNumber, decision.Reason, decision.Office);
}
