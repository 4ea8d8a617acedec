namespace Ics2Port.Functions.Documents;

using Ics2Port.Domain.Common;
using Ics2Port.Domain.Reading;

/// <summary>Points findings at what the agent sent: for a CSV, the row and column rather than the JSON path.</summary>
public static class SourcePointers
{
    public static ValidationReport Map(ValidationReport report, SourceMap? map) =>
        map is null
            ? report
            : new ValidationReport(
                [.. report.Errors.Select(finding => finding with { Pointer = map.Map(finding.Pointer) })],
                [.. report.Warnings.Select(finding => finding with { Pointer = map.Map(finding.Pointer) })]);
}
