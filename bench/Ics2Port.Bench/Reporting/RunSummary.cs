namespace Ics2Port.Bench.Reporting;

/// <summary>When and where a run of <c>all</c> took place.</summary>
internal sealed record RunSummary(DateTimeOffset Started, TimeSpan Duration, string? LoadAtStart, string? LoadAtEnd, string? Commit);
