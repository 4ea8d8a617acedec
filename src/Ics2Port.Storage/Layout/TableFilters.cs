using Azure.Data.Tables;

namespace Ics2Port.Storage.Layout;

/// <summary>
/// Filters of several conditions, each one written by <see cref="TableClient.CreateQueryFilter(FormattableString)"/>
/// (which quotes and escapes every value) and kept whole in parentheses.
/// </summary>
internal static class TableFilters
{
    /// <summary>Every condition must hold; null (every entity) when there is none.</summary>
    public static string? All(params FormattableString?[] conditions) => Join(conditions, " and ");

    /// <summary>At least one condition must hold.</summary>
    public static string Any(IEnumerable<FormattableString> conditions) =>
        Join(conditions, " or ") ?? throw new ArgumentException("A filter needs at least one condition.", nameof(conditions));

    private static string? Join(IEnumerable<FormattableString?> conditions, string separator)
    {
        var filters = conditions.OfType<FormattableString>().Select(condition => $"({TableClient.CreateQueryFilter(condition)})").ToList();
        return filters.Count == 0 ? null : string.Join(separator, filters);
    }
}
