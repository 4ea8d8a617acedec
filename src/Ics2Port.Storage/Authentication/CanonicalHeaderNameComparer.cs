namespace Ics2Port.Storage;

/// <summary>
/// Orders lower-cased x-ms-* header names as Azurite does (ICU collation): '_' before '-',
/// then digits, then letters. For names without '_' this is plain ordinal order.
/// </summary>
internal sealed class CanonicalHeaderNameComparer : IComparer<string>
{
    public static readonly CanonicalHeaderNameComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            var difference = Rank(x[i]) - Rank(y[i]);
            if (difference != 0)
            {
                return difference;
            }
        }

        return x.Length - y.Length;
    }

    private static int Rank(char c) => c switch
    {
        '_' => 0,
        '-' => 1,
        _ => c + 2,
    };
}
