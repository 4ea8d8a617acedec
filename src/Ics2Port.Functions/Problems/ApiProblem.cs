namespace Ics2Port.Functions.Problems;

using Ics2Port.Domain.Common;

/// <summary>An RFC 9457 problem in the shape CONTRACT.md fixes: every finding of a document at once, with pointer and rule.</summary>
public sealed record ApiProblem
{
    public required string Type { get; init; }

    public required string Title { get; init; }

    public required int Status { get; init; }

    public string? Detail { get; init; }

    public IReadOnlyList<Finding>? Errors { get; init; }

    public IReadOnlyList<Finding>? Warnings { get; init; }

    /// <summary>Correlates the answer with the server's log; set for server faults.</summary>
    public string? TraceId { get; init; }
}
