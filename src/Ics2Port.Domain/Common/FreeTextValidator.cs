namespace Ics2Port.Domain.Common;

using FluentValidation;
using FluentValidation.Validators;

/// <summary>
/// FORMAT-TEXT as a validator of its own rather than a predicate, so that its limit can be read back from a validator's
/// descriptor (<see cref="FreeTextLimits"/>) and published with the field.
/// </summary>
public sealed class FreeTextValidator<T>(int maxLength) : PropertyValidator<T, string?>, IFreeTextValidator
{
    public override string Name => "FreeTextValidator";

    public int MaxLength => maxLength;

    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        if (FreeTexts.Problem(value, maxLength) is not { } problem)
        {
            return true;
        }

        context.MessageFormatter.AppendArgument("Problem", problem);
        return false;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) => "{PropertyName} {Problem}";
}

/// <summary>A FORMAT-TEXT check, whatever record it is on.</summary>
public interface IFreeTextValidator
{
    int MaxLength { get; }
}
