namespace Ics2Port.Domain.Common;

/// <summary>Builds RFC 6901 pointers into the submitted (camelCase) document.</summary>
public static class JsonPointer
{
    /// <summary>
    /// Turns a validator property path such as <c>Consignments[2].Consignee.Eori</c> into
    /// <c>/consignments/2/consignee/eori</c>; an empty path is the whole document (<c>""</c>).
    /// </summary>
    public static string FromPropertyPath(string? propertyPath)
    {
        if (string.IsNullOrEmpty(propertyPath))
        {
            return string.Empty;
        }

        // Read and written in place: a report may carry thousands of findings, each with its path. A pointer is at
        // most twice as long as the path and one character ('~' and '/' escape to two, '.' and '[' become '/').
        var capacity = (2 * propertyPath.Length) + 1;
        var pointer = new PointerWriter(capacity <= 512 ? stackalloc char[capacity] : new char[capacity]);
        foreach (var range in propertyPath.AsSpan().Split('.'))
        {
            var part = propertyPath.AsSpan(range);
            var bracket = part.IndexOf('[');
            var name = bracket < 0 ? part : part[..bracket];
            if (name.Length > 0)
            {
                pointer.Append('/');
                pointer.AppendEscaped(char.IsUpper(name[0]) ? char.ToLowerInvariant(name[0]) : name[0]);
                foreach (var c in name[1..])
                {
                    pointer.AppendEscaped(c);
                }
            }

            while (bracket >= 0)
            {
                var close = bracket + part[bracket..].IndexOf(']');
                pointer.Append('/');
                pointer.Append(part[(bracket + 1)..close]);
                var next = part[close..].IndexOf('[');
                bracket = next < 0 ? -1 : close + next;
            }
        }

        return pointer.ToString();
    }

    /// <summary>Appends one reference token, escaping <c>~</c> and <c>/</c> as RFC 6901 says.</summary>
    public static string Append(string pointer, string token) => pointer + "/" + Escape(token);

    /// <summary>Appends an array index.</summary>
    public static string Append(string pointer, int index) =>
        pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The reference tokens of a pointer, unescaped.</summary>
    public static IReadOnlyList<string> Split(string pointer) =>
        pointer.Length == 0 ? [] : [.. pointer[1..].Split('/').Select(Unescape)];

    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static string Unescape(string token) => token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    private ref struct PointerWriter(Span<char> buffer)
    {
        private readonly Span<char> buffer = buffer;
        private int length;

        public void Append(char c) => buffer[length++] = c;

        public void Append(ReadOnlySpan<char> text)
        {
            text.CopyTo(buffer[length..]);
            length += text.Length;
        }

        public void AppendEscaped(char c)
        {
            switch (c)
            {
                case '~':
                    Append("~0");
                    break;
                case '/':
                    Append("~1");
                    break;
                default:
                    Append(c);
                    break;
            }
        }

        public override readonly string ToString() => new(buffer[..length]);
    }
}
