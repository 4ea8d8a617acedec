namespace Ics2Port.Functions.HsCodes;

using System.Collections.Frozen;
using System.Globalization;
using CsvHelper;
using Ics2Port.Domain.Codes;

/// <summary>
/// The HS / CN nomenclature read from a CSV file with the columns <c>section,hscode,description,parent,level</c>:
/// lookup, children, ranked search (the HS picker, HS-PARTIAL) and the FORMAT-HS membership check.
/// </summary>
public sealed class HsNomenclature : IHsCodeCatalog
{
    private readonly FrozenDictionary<string, HsCodeEntry> _byCode;
    private readonly FrozenDictionary<string, HsCodeEntry[]> _children;
    private readonly int[] _lengths;
    private readonly (HsCodeEntry Entry, string[] Words)[] _searchable;

    private HsNomenclature(IReadOnlyCollection<HsCodeEntry> entries)
    {
        _byCode = entries.ToFrozenDictionary(entry => entry.Code, StringComparer.Ordinal);
        _children = entries
            .Where(entry => entry.Parent is not null)
            .GroupBy(entry => entry.Parent!, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.OrderBy(entry => entry.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _lengths = [.. entries.Select(entry => entry.Code.Length).Distinct().Order()];
        _searchable = [.. entries.OrderBy(entry => entry.Code, StringComparer.Ordinal).Select(entry => (entry, Words(entry.Description)))];
    }

    public int Count => _byCode.Count;

    /// <summary>Reads the CSV (comma-separated, header row); rows whose code is not all digits, such as a TOTAL row, are skipped.</summary>
    public static HsNomenclature Load(TextReader reader)
    {
        using var csv = CsvReader.Create(reader, new CsvReaderOptions { Separator = ',' }, leaveOpen: true);
        int section = Column(csv, "section"), code = Column(csv, "hscode"), description = Column(csv, "description"),
            parent = Column(csv, "parent"), level = Column(csv, "level");
        var entries = new List<HsCodeEntry>();
        while (csv.Read())
        {
            var value = csv.GetString(code).Trim();
            if (value.Length == 0 || !value.All(char.IsAsciiDigit))
            {
                continue;
            }

            var parentCode = csv.GetString(parent).Trim();
            entries.Add(new HsCodeEntry(
                value,
                csv.GetString(description).Trim(),
                int.TryParse(csv.GetString(level), NumberStyles.None, CultureInfo.InvariantCulture, out var parsedLevel) ? parsedLevel : value.Length,
                parentCode.Length > 0 && parentCode.All(char.IsAsciiDigit) ? parentCode : null,
                csv.GetString(section).Trim()));
        }

        return new HsNomenclature(entries);
    }

    private static int Column(CsvReader csv, string name) =>
        csv.TryGetFieldIndex(name, out var index)
            ? index
            : throw new InvalidDataException($"The nomenclature has no '{name}' column; expected section,hscode,description,parent,level.");

    public HsCodeEntry? Find(string code) => _byCode.GetValueOrDefault(Normalize(code));

    public IReadOnlyList<HsCodeEntry> ChildrenOf(string code) => _children.GetValueOrDefault(Normalize(code)) ?? [];

    /// <summary>
    /// True when the code is listed at its own length. A code longer than any the file lists (an 8-digit
    /// CN code against an HS file) is checked by its longest listed prefix.
    /// </summary>
    public bool Contains(string code)
    {
        var digits = Normalize(code);
        var length = _lengths.LastOrDefault(known => known <= digits.Length);
        return length > 0 && (length == digits.Length || length == _lengths[^1]) && _byCode.ContainsKey(digits[..length]);
    }

    /// <summary>
    /// Codes matching every term of <paramref name="query"/>: digit terms are code prefixes, other terms
    /// match the start of a word of the description. Whole-word matches rank above prefix matches; then
    /// broader codes (headings) come before narrower ones, then code order.
    /// </summary>
    public IReadOnlyList<HsCodeEntry> Search(string query, int limit)
    {
        var terms = query.Split([' ', ',', ';', '.', '-', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var codeTerms = terms.Where(term => term.All(char.IsAsciiDigit)).ToArray();
        var wordTerms = terms.Except(codeTerms).Select(term => term.ToLowerInvariant()).ToArray();
        if (terms.Length == 0 || limit <= 0)
        {
            return [];
        }

        var matches = new List<(HsCodeEntry Entry, int Score)>();
        foreach (var (entry, words) in _searchable)
        {
            if (!codeTerms.All(term => entry.Code.StartsWith(term, StringComparison.Ordinal)))
            {
                continue;
            }

            var score = codeTerms.Count(term => term.Length == entry.Code.Length) * 3;
            var all = true;
            foreach (var term in wordTerms)
            {
                var best = 0;
                foreach (var word in words)
                {
                    best = Math.Max(best, word == term ? 3 : word.StartsWith(term, StringComparison.Ordinal) ? 2 : 0);
                }

                if (best == 0)
                {
                    all = false;
                    break;
                }

                score += best;
            }

            if (all)
            {
                matches.Add((entry, score));
            }
        }

        return [.. matches
            .OrderByDescending(match => match.Score)
            .ThenBy(match => match.Entry.Code.Length)
            .ThenBy(match => match.Entry.Code, StringComparer.Ordinal)
            .Take(limit)
            .Select(match => match.Entry)];
    }

    // Codes are printed with spaces or dots (4407 10, 4407.10); anything else stays and matches nothing.
    private static string Normalize(string code) => code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal);

    private static string[] Words(string description) =>
        [.. description.ToLowerInvariant().Split([' ', ',', ';', '.', '(', ')', ':', '-', '/'], StringSplitOptions.RemoveEmptyEntries).Distinct()];
}
