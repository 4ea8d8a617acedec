namespace Ics2Port.Domain.Reading;

using System.Text;
using Ics2Port.Domain.Common;

/// <summary>
/// Turns a System.Text.Json path (<c>$.consignments[2].items[0]['gross mass']</c>) into a JSON Pointer. Unlike
/// <see cref="JsonPointer.FromPropertyPath"/> it keeps names as the document spells them, so the pointer finds them.
/// </summary>
internal static class JsonPathPointer
{
    public static string From(string? path)
    {
        var pointer = new StringBuilder();
        var position = path is ['$', ..] ? 1 : 0;
        while (path is not null && position < path.Length)
        {
            string token;
            if (path[position] == '.')
            {
                var end = path.IndexOfAny(['.', '['], position + 1);
                end = end < 0 ? path.Length : end;
                token = path[(position + 1)..end];
                position = end;
            }
            else if (path[position] == '[' && position + 1 < path.Length && path[position + 1] == '\'')
            {
                var end = path.IndexOf("']", position + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                token = path[(position + 2)..end];
                position = end + 2;
            }
            else if (path[position] == '[')
            {
                var end = path.IndexOf(']', position + 1);
                end = end < 0 ? path.Length : end;
                token = path[(position + 1)..end];
                position = end + 1;
            }
            else
            {
                break;
            }

            pointer.Append(JsonPointer.Append(string.Empty, token));
        }

        return pointer.ToString();
    }
}
