namespace Ics2Port.Bench.Reporting;

/// <summary>When and where a run of <c>all</c> took place, and what else the machine was doing.</summary>
internal sealed record RunSummary(DateTimeOffset Started, TimeSpan Duration, string? LoadAtStart, string? LoadAtEnd, string? Commit)
{
    /// <summary>Cores' worth of processor time that processes outside the run used meanwhile, on average; null where unknown.</summary>
    public double? OthersCores { get; init; }
}
