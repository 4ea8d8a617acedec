namespace Ics2Port.Domain.Permits;

using Ics2Port.Domain.Common;
using Ics2Port.Domain.PortCalls;

/// <summary>The rules of a permit application as one call that yields findings.</summary>
public static class PermitRules
{
    /// <summary>Every error and warning of <paramref name="application"/> (see <see cref="PermitApplicationValidator"/>).</summary>
    public static ValidationReport ValidatePermit(PermitApplication application, DocumentContext context) =>
        ValidationReports.From(new PermitApplicationValidator(context).Validate(application));

    /// <summary>Every error of customs' <paramref name="decision"/> (see <see cref="PermitDecisionRequestValidator"/>).</summary>
    public static ValidationReport ValidateDecision(PermitDecisionRequest decision) =>
        ValidationReports.From(PermitDecisionRequestValidator.Instance.Validate(decision));
}
