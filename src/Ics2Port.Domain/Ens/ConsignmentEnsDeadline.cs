namespace Ics2Port.Domain.Ens;

/// <summary>Whether one consignment needs an entry summary declaration and, if so, by when (ENS-SEA-*).</summary>
/// <param name="BillOfLading">The consignment.</param>
/// <param name="Required">False for goods loaded inside the Union's customs territory (ENS-WHEN) and exempt goods (ENS-EXEMPT).</param>
/// <param name="Rule">The rule that decided: ENS-WHEN, ENS-EXEMPT, an ENS-SEA-* rule, ENS-FORCE-MAJEURE, or REQUIRED when an input is missing.</param>
/// <param name="LatestLodging">The deadline; null when none applies or it cannot be computed.</param>
/// <param name="Problem">Why no deadline could be computed.</param>
/// <param name="EnsMrn">The MRN the manifest gives, when the declaration was lodged.</param>
public sealed record ConsignmentEnsDeadline(string? BillOfLading, bool Required, string Rule, DateTimeOffset? LatestLodging, string? Problem, string? EnsMrn);
