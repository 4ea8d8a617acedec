using System.Globalization;
using System.Text;

namespace Ics2Port.Storage;

/// <summary>
/// Builds OData <c>$filter</c> expressions from interpolated strings, turning every interpolated
/// value into a quoted, escaped literal. The one way Ics2Port writes a filter.
/// </summary>
/// <example><c>TableFilter.Create($"PartitionKey eq {port} and Arrival ge {from}")</c></example>
public static class TableFilter
{
    /// <summary>
    /// Formats the filter: strings and chars are quoted with <c>'</c> doubled, <see cref="DateTimeOffset"/>
    /// becomes <c>datetime'…Z'</c>, <see cref="Guid"/> <c>guid'…'</c>, <see cref="bool"/> lower-case,
    /// <see cref="long"/> gets an <c>L</c> suffix, byte arrays <c>X'…'</c>.
    /// </summary>
    /// <param name="filter">The interpolated filter.</param>
    /// <returns>The filter text.</returns>
    /// <exception cref="ArgumentException">An interpolated value has a type with no OData literal.</exception>
    public static string Create(FormattableString filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var literals = new object?[filter.ArgumentCount];
        for (var i = 0; i < literals.Length; i++)
        {
            literals[i] = Literal(filter.GetArgument(i), i);
        }

        return string.Format(CultureInfo.InvariantCulture, filter.Format, literals);
    }

    private static string Literal(object? value, int index) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string s => Quote(s),
        char c => Quote(c.ToString()),
        byte or sbyte or short or ushort or int or uint => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        long or ulong => Convert.ToString(value, CultureInfo.InvariantCulture) + "L",
        double d => DoubleLiteral(d),
        float f => DoubleLiteral(f),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        DateTimeOffset d => DateTimeLiteral(d),
        DateTime d => DateTimeLiteral(d.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : d),
        Guid g => $"guid'{g:D}'",
        byte[] bytes => $"X'{Convert.ToHexString(bytes)}'",
        _ => throw new ArgumentException(
            $"Filter argument {index} has type {value.GetType()}, which has no OData literal."),
    };

    private static string Quote(string value) => new StringBuilder(value.Length + 2)
        .Append('\'').Append(value.Replace("'", "''", StringComparison.Ordinal)).Append('\'').ToString();

    private static string DateTimeLiteral(DateTimeOffset value) =>
        $"datetime'{value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)}'";

    // An integral double written as "5" would be read as Int32 and never equal an Edm.Double.
    private static string DoubleLiteral(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{value} has no OData literal.", nameof(value));
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
