namespace Ics2Port.Domain.Common;

using System.Globalization;

/// <summary>What is wrong with a free-text value under FORMAT-TEXT, if anything.</summary>
public static class FreeTexts
{
    /// <summary>Null when <paramref name="value"/> is absent or fits; otherwise why it does not, to follow the field's name.</summary>
    public static string? Problem(string? value, int maxLength)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"has {value.Length} characters; at most {maxLength} are allowed.");
        }

        var index = IndexOfControl(value);
        return index < 0
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"holds the control character U+{(int)value[index]:X4} at position {index}; line breaks, tabs and other control characters are not allowed.");
    }

    /// <summary>
    /// The first control character (C0, DEL, C1) or Unicode line or paragraph separator, or -1: each can end a line or
    /// a header where the value is written.
    /// </summary>
    public static int IndexOfControl(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsControl(value[i]) || value[i] is '\u2028' or '\u2029')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary><paramref name="value"/> on one line: each control character or separator a space (for text stored before FORMAT-TEXT).</summary>
    public static string OneLine(string value)
    {
        if (IndexOfControl(value) < 0)
        {
            return value;
        }

        return string.Create(value.Length, value, (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = char.IsControl(text[i]) || text[i] is '\u2028' or '\u2029' ? ' ' : text[i];
            }
        });
    }
}
