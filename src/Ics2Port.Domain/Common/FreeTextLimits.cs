namespace Ics2Port.Domain.Common;

using System.Reflection;
using FluentValidation;
using Ics2Port.Domain.PortCalls;

/// <summary>
/// The FORMAT-TEXT limit of every free-text field, read from the validators themselves, so the published schema and
/// the checks cannot disagree. Each validator of the domain is made once with a neutral context (the limits do not
/// depend on it); a generic one (the person fields) once for every record it fits.
/// </summary>
public static class FreeTextLimits
{
    private static readonly Lazy<IReadOnlyDictionary<Type, IReadOnlyDictionary<string, int>>> Limits = new(Read);

    /// <summary>By record type, the limit of each free-text property by its C# name.</summary>
    public static IReadOnlyDictionary<Type, IReadOnlyDictionary<string, int>> ByRecord => Limits.Value;

    private static Dictionary<Type, IReadOnlyDictionary<string, int>> Read()
    {
        var types = typeof(FreeTextLimits).Assembly.GetTypes();
        var limits = new Dictionary<Type, Dictionary<string, int>>();
        foreach (var validatorType in types.Where(type => type is { IsClass: true, IsAbstract: false } && RecordOf(type) is not null).SelectMany(type => Closed(type, types)))
        {
            if (RecordOf(validatorType) is not { } record || Create(validatorType) is not { } validator)
            {
                continue;
            }

            foreach (var member in validator.CreateDescriptor().GetMembersWithValidators())
            {
                foreach (var (component, _) in member)
                {
                    if (component is IFreeTextValidator freeText)
                    {
                        (limits.TryGetValue(record, out var members) ? members : limits[record] = new(StringComparer.Ordinal))[member.Key] = freeText.MaxLength;
                    }
                }
            }
        }

        return limits.ToDictionary(pair => pair.Key, pair => (IReadOnlyDictionary<string, int>)pair.Value);
    }

    // A generic validator closed over every domain record its constraints allow.
    private static IEnumerable<Type> Closed(Type type, Type[] types)
    {
        if (!type.IsGenericTypeDefinition)
        {
            return [type];
        }

        var parameters = type.GetGenericArguments();
        return parameters.Length != 1
            ? []
            : types.Where(candidate => candidate is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
                    && parameters[0].GetGenericParameterConstraints().All(constraint => constraint.IsAssignableFrom(candidate)))
                .Select(candidate => type.MakeGenericType(candidate));
    }

    private static IValidator? Create(Type validatorType)
    {
        if (validatorType.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is IValidator shared)
        {
            return shared;
        }

        foreach (var constructor in validatorType.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
        {
            var arguments = constructor.GetParameters().Select(parameter => Neutral(parameter.ParameterType)).ToArray();
            if (arguments.All(argument => argument is not null))
            {
                return constructor.Invoke(arguments) as IValidator;
            }
        }

        return null;
    }

    private static object? Neutral(Type type) =>
        type == typeof(DocumentContext) ? new DocumentContext { Direction = Direction.Arrival }
        : type == typeof(Direction) ? Direction.Arrival
        : type == typeof(bool) ? false
        : null;

    private static Type? RecordOf(Type validator)
    {
        for (var type = validator.BaseType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        return null;
    }
}
