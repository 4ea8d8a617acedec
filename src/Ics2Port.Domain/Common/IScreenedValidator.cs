namespace Ics2Port.Domain.Common;

using FluentValidation;
using FluentValidation.Results;

/// <summary>
/// A validator of list elements that can tell cheaply, without running its rules, that an element has nothing to
/// report but at most one finding it makes itself; <see cref="EachElementRules"/> runs the rules only on the others.
/// </summary>
/// <remarks>
/// Running the rules costs each element a validation context; in a manifest of thousands of items almost every item
/// is clean. The screen must be exact where it answers: it answers true only when the rules would report exactly
/// <c>finding</c> (or nothing), and false whenever it is unsure.
/// </remarks>
public interface IScreenedValidator<TElement> : IValidator<TElement>
{
    /// <summary>
    /// True when the rules would report nothing for <paramref name="element"/> but <paramref name="finding"/> (null:
    /// nothing at all), with the path relative to the element; false when only the rules can say.
    /// </summary>
    bool TryScreen(TElement element, out ValidationFailure? finding);
}
