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
/// element's path is put in front only of what is found. The findings are the same, in the same order. A validator
/// that can screen its elements (<see cref="IScreenedValidator{TElement}"/>) runs its rules only on those its screen
/// cannot clear.
/// </remarks>
public static class EachElementRules
{
    /// <summary>The message of <see cref="RuleBuilderExtensions.RequiredEach"/> for a null element: <c>{PropertyName} entry {CollectionIndex} is empty.</c></summary>
    public static string EmptyEntry(string listName, int index) => string.Create(CultureInfo.InvariantCulture, $"{listName} entry {index} is empty.");

    /// <summary>
    /// REQUIRED for a null element (<c>{PropertyName} is required.</c>, or what <paramref name="nullMessage"/> says), then
    /// the validator <paramref name="validatorFor"/> chooses for the parent on each element; every element is checked.
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, IReadOnlyList<TElement>?> EachValidatedBy<T, TElement>(
        this IRuleBuilder<T, IReadOnlyList<TElement>?> rule,
        Func<T, IValidator<TElement>> validatorFor,
        Func<string, int, string>? nullMessage = null) =>
        rule.Custom((elements, context) =>
        {
            if (elements is null)
            {
                return;
            }

            var validator = validatorFor(context.InstanceToValidate);
            var screened = validator as IScreenedValidator<TElement>;
            // One context for the list, with an empty path, made when an element first needs the rules; each element's
            // context shares its failures and message formatter.
            ValidationContext<IReadOnlyList<TElement>>? listContext = null;
            var seen = 0;
            for (var i = 0; i < elements.Count; i++)
            {
                if (elements[i] is not { } element)
                {
                    var message = nullMessage?.Invoke(context.DisplayName, i) ?? $"{context.DisplayName} is required.";
                    context.AddFailure(new ValidationFailure(ElementPath(context.PropertyPath, i), message) { ErrorCode = RuleIds.Required });
                    continue;
                }

                if (screened is not null && screened.TryScreen(element, out var screenedFinding))
                {
                    if (screenedFinding is not null)
                    {
                        screenedFinding.PropertyName = ElementPath(context.PropertyPath, i, screenedFinding.PropertyName);
                        context.AddFailure(screenedFinding);
                    }

                    continue;
                }

                // The list's failures so far; the ones past those already seen are this element's.
                listContext ??= new ValidationContext<IReadOnlyList<TElement>>(elements);
                var found = validator.Validate(listContext.CloneForChildValidator(element)).Errors;
                if (found.Count == seen)
                {
                    continue;
                }

                for (; seen < found.Count; seen++)
                {
                    // The failure was made for this list alone; it moves to the parent with its full path.
                    var failure = found[seen];
                    failure.PropertyName = ElementPath(context.PropertyPath, i, failure.PropertyName);
                    context.AddFailure(failure);
                }
            }
        });

    private static string ElementPath(string listPath, int index, string? propertyName = null) =>
        string.IsNullOrEmpty(propertyName)
            ? string.Create(CultureInfo.InvariantCulture, $"{listPath}[{index}]")
            : string.Create(CultureInfo.InvariantCulture, $"{listPath}[{index}].{propertyName}");
}
