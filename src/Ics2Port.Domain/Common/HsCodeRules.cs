namespace Ics2Port.Domain.Common;

using FluentValidation;
using FluentValidation.Results;
using Ics2Port.Domain.Codes;

/// <summary>The HS-PARTIAL advice shared by the manifest and the permit application.</summary>
public static class HsCodeRules
{
    /// <summary>HS-PARTIAL, a warning: a valid code that is only the 4-digit heading is accepted, but the full code is better.</summary>
    public static IRuleBuilderOptions<T, string?> WarnWhenHeadingOnly<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(hsCode => !HsCode.IsValidHeadingOnly(hsCode))
            .WithSeverity(Severity.Warning)
            .WithErrorCode(RuleIds.HsPartial)
            .WithMessage((_, hsCode) => HeadingOnlyMessage(hsCode));

    /// <summary>The HS-PARTIAL warning on <paramref name="propertyName"/> as <see cref="WarnWhenHeadingOnly{T}"/> reports it.</summary>
    /// <remarks>The rule's message also passes FluentValidation's placeholder formatting; a heading holds only digits, spaces and dots, so the text is the same.</remarks>
    public static ValidationFailure HeadingOnlyWarning(string propertyName, string? hsCode) =>
        new(propertyName, HeadingOnlyMessage(hsCode), hsCode) { ErrorCode = RuleIds.HsPartial, Severity = Severity.Warning };

    private static string HeadingOnlyMessage(string? hsCode) => $"HS code '{hsCode}' is only the 4-digit heading; give the full code when it is known.";
}
