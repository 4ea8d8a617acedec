namespace Ics2Port.Domain.Common;

using FluentValidation;
using FluentValidation.Validators;

/// <summary>
/// A child validator that first asks <paramref name="isClean"/> whether the value passes every rule of
/// <paramref name="validator"/>, and runs those rules (in a child context, with the child's property path) only when
/// it does not: a manifest names two parties per consignment, and a context with a path for each of their fields is
/// most of what checking a valid party costs.
/// </summary>
/// <remarks><paramref name="isClean"/> answers true only when the rules would report nothing.</remarks>
public sealed class ScreenedChildValidator<T, TProperty>(IValidator<TProperty> validator, Func<TProperty, bool> isClean)
    : ChildValidatorAdaptor<T, TProperty>(validator, validator.GetType())
{
    public override bool IsValid(ValidationContext<T> context, TProperty value) =>
        value is null || isClean(value) || base.IsValid(context, value);

    public override Task<bool> IsValidAsync(ValidationContext<T> context, TProperty value, CancellationToken cancellation) =>
        value is null || isClean(value) ? Task.FromResult(true) : base.IsValidAsync(context, value, cancellation);
}
