namespace Ics2Port.Domain.Ens;

/// <summary>
/// The latest time an entry summary declaration may be lodged, with the rule that decided it; or why no time
/// could be given.
/// </summary>
/// <param name="Rule">
/// The deciding rule ID (<c>ENS-SEA-CONTAINER</c>, <c>ENS-SEA-BULK</c>, <c>ENS-SEA-SHORT</c>,
/// <c>ENS-SEA-OUTERMOST</c>, <c>ENS-FORCE-MAJEURE</c>); <c>REQUIRED</c> when an input needed to choose the rule
/// is missing.
/// </param>
/// <param name="LatestLodging">The deadline, in the offset of the time it was computed from; null when there is none.</param>
/// <param name="Problem">Why no deadline could be computed; null when the answer is complete.</param>
public sealed record EnsDeadline(string Rule, DateTimeOffset? LatestLodging, string? Problem)
{
    /// <summary>False when an input was missing or unusable; <see cref="Problem"/> says which.</summary>
    public bool IsDetermined => Problem is null;

    internal static EnsDeadline Due(string rule, DateTimeOffset latestLodging) => new(rule, latestLodging, null);

    internal static EnsDeadline None(string rule) => new(rule, null, null);

    internal static EnsDeadline Undetermined(string rule, string problem) => new(rule, null, problem);
}
