namespace Ics2Port.Domain.Common;

/// <summary>Every error and advisory warning found in one document, reported at once.</summary>
public sealed record ValidationReport(IReadOnlyList<Finding> Errors, IReadOnlyList<Finding> Warnings)
{
    /// <summary>A report with no findings.</summary>
    public static ValidationReport Empty { get; } = new([], []);

    /// <summary>True when the document may be accepted (warnings do not block).</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>Both reports' findings together.</summary>
    public ValidationReport Merge(ValidationReport other) =>
        new([.. Errors, .. other.Errors], [.. Warnings, .. other.Warnings]);
}
