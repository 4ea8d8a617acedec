namespace Ics2Port.Functions.Manifests;

using Ics2Port.Domain.Ens;

/// <summary>One consignment's ENS answer: whether a declaration is needed, the rule that decided, and the deadline.</summary>
public sealed record EnsDeadlineView(
    string? BillOfLading,
    bool Required,
    string Rule,
    DateTimeOffset? LatestLodging = null,
    string? Problem = null,
    string? EnsMrn = null)
{
    public static EnsDeadlineView From(ConsignmentEnsDeadline deadline) =>
        new(deadline.BillOfLading, deadline.Required, deadline.Rule, deadline.LatestLodging, deadline.Problem, deadline.EnsMrn);
}
