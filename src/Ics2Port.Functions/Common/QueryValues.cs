namespace Ics2Port.Functions.Common;

using System.Globalization;

/// <summary>Query-string and header values as the use cases take them: absent or empty is null.</summary>
public static class QueryValues
{
    public static string? Header(HttpRequest request, string name) =>
        request.Headers[name].ToString() is { Length: > 0 } value ? value : null;

    public static string? Text(HttpRequest request, string name) =>
        request.Query[name].ToString() is { Length: > 0 } value ? value : null;

    /// <summary>A whole number, null when absent; false when present but not a whole number.</summary>
    public static bool TryInt32(HttpRequest request, string name, out int? value)
    {
        value = null;
        if (Text(request, name) is not { } text)
        {
            return true;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        value = number;
        return true;
    }
}
