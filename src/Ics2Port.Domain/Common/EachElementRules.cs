namespace Ics2Port.Domain.Common;

using System.Globalization;
using FluentValidation;
using FluentValidation.Results;

/// <summary>
/// A list whose elements each run through their own validator, for lists of thousands (manifest items).
/// </summary>
/// <remarks>
/// <c>RuleForEach(…).SetValidator(…)</c> gives every element a child context, and FluentValidation then builds the
/// element's full property path (<c>Consignments[2].Items[7].HsCode</c>) for every rule of every element, found
/// or not. Here each element is validated on its own, where a rule's path is just its property name, and the
/// element's path is put in front only of what is found. The findings are the same, in the same order.
/// </remarks>
public static class EachElementRules
{
    /// <summary>
    /// REQUIRED for a null element (<c>{PropertyName} is required.</c>), then the validator
    /// <paramref name="validatorFor"/> chooses for the parent on each element; every element is checked.
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, IReadOnlyList<TElement>?> EachValidatedBy<T, TElement>(
        this IRuleBuilder<T, IReadOnlyList<TElement>?> rule,
        Func<T, IValidator<TElement>> validatorFor) =>
        rule.Custom((elements, context) =>
        {
            if (elements is null)
            {
                return;
            }

            var validator = validatorFor(context.InstanceToValidate);
            for (var i = 0; i < elements.Count; i++)
            {
                if (elements[i] is not { } element)
                {
                    context.AddFailure(new ValidationFailure(ElementPath(context.PropertyPath, i), $"{context.DisplayName} is required.") { ErrorCode = RuleIds.Required });
                    continue;
                }

                var found = validator.Validate(element).Errors;
                if (found.Count == 0)
                {
                    continue;
                }

                var elementPath = ElementPath(context.PropertyPath, i);
                foreach (var failure in found)
                {
                    context.AddFailure(Under(elementPath, failure));
                }
            }
        });

    private static string ElementPath(string listPath, int index) => string.Create(CultureInfo.InvariantCulture, $"{listPath}[{index}]");

    private static ValidationFailure Under(string elementPath, ValidationFailure failure) =>
        new(string.IsNullOrEmpty(failure.PropertyName) ? elementPath : elementPath + "." + failure.PropertyName, failure.ErrorMessage, failure.AttemptedValue)
        {
            ErrorCode = failure.ErrorCode,
            Severity = failure.Severity,
            CustomState = failure.CustomState,
            FormattedMessagePlaceholderValues = failure.FormattedMessagePlaceholderValues,
        };
}
