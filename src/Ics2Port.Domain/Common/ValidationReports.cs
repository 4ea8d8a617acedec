namespace Ics2Port.Domain.Common;

using FluentValidation;
using FluentValidation.Results;

/// <summary>Maps FluentValidation results to findings: error code = rule ID, property path = JSON Pointer.</summary>
public static class ValidationReports
{
    /// <summary>Errors and warnings of one validation run; a failure without an error code is a bug and says so.</summary>
    public static ValidationReport From(ValidationResult result)
    {
        // Sized once: a large manifest may carry thousands of findings.
        var warningCount = 0;
        foreach (var failure in result.Errors)
        {
            warningCount += failure.Severity == Severity.Warning ? 1 : 0;
        }

        var errors = new List<Finding>(result.Errors.Count - warningCount);
        var warnings = new List<Finding>(warningCount);
        foreach (var failure in result.Errors)
        {
            var finding = new Finding(
                JsonPointer.FromPropertyPath(failure.PropertyName),
                string.IsNullOrEmpty(failure.ErrorCode) ? throw new InvalidOperationException($"Rule for '{failure.PropertyName}' has no rule ID.") : failure.ErrorCode,
                failure.ErrorMessage);
            (failure.Severity == Severity.Warning ? warnings : errors).Add(finding);
        }

        return new ValidationReport(errors, warnings);
    }
}
