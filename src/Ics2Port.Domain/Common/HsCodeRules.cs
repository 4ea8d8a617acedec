namespace Ics2Port.Domain.Common;

using FluentValidation;
using Ics2Port.Domain.Codes;

/// <summary>The HS-PARTIAL advice shared by the manifest and the permit application.</summary>
public static class HsCodeRules
{
    /// <summary>HS-PARTIAL, a warning: a valid code that is only the 4-digit heading is accepted, but the full code is better.</summary>
    public static IRuleBuilderOptions<T, string?> WarnWhenHeadingOnly<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(hsCode => !HsCode.IsValidHeadingOnly(hsCode))
            .WithSeverity(Severity.Warning)
            .WithErrorCode(RuleIds.HsPartial)
            .WithMessage((_, hsCode) => $"HS code '{hsCode}' is only the 4-digit heading; give the full code when it is known.");
}
