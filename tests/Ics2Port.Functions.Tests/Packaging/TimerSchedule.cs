using System.Globalization;

namespace Ics2Port.Functions.Tests.Packaging;

/// <summary>Validates the six-field NCRONTAB expressions of the Functions timer trigger.</summary>
internal static class TimerSchedule
{
    private static readonly (string Name, int Min, int Max, string[] Names)[] Fields =
    [
        ("second", 0, 59, []),
        ("minute", 0, 59, []),
        ("hour", 0, 23, []),
        ("day", 1, 31, []),
        ("month", 1, 12, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]),
        ("day of week", 0, 6, ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]),
    ];

    /// <summary>Returns null when the expression is valid, otherwise what is wrong with it.</summary>
    public static string? Problem(string expression)
    {
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != Fields.Length)
        {
            return $"'{expression}' has {fields.Length} fields; the timer trigger needs {Fields.Length}.";
        }

        for (var i = 0; i < fields.Length; i++)
        {
            var field = Fields[i];
            if (!fields[i].Split(',').All(element => IsValidElement(element, field.Min, field.Max, field.Names)))
            {
                return $"'{fields[i]}' is not a valid {field.Name} field ({field.Min}-{field.Max}).";
            }
        }

        return null;
    }

    private static bool IsValidElement(string element, int min, int max, string[] names)
    {
        var stepParts = element.Split('/');
        if (stepParts.Length > 2 || (stepParts.Length == 2 && !(int.TryParse(stepParts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var step) && step > 0)))
        {
            return false;
        }

        var range = stepParts[0];
        if (range == "*")
        {
            return true;
        }

        var bounds = range.Split('-');
        return bounds.Length <= 2
            && bounds.All(bound => Value(bound, min, names) is { } value && value >= min && value <= max)
            && (bounds.Length == 1 || Value(bounds[0], min, names) <= Value(bounds[1], min, names));
    }

    private static int? Value(string text, int min, string[] names)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var index = Array.FindIndex(names, name => string.Equals(name, text, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : min + index;
    }
}
