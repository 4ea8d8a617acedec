namespace Ics2Port.Functions.Fallback.Workflow;

using System.Globalization;

/// <summary>What one run of the workflow did, for the host's invocation log.</summary>
public sealed class FallbackRunReport
{
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<string> _notes = [];

    public bool LeaseHeldElsewhere { get; private init; }

    public int Cases { get; set; }

    public IReadOnlyDictionary<string, int> Counts => _counts;

    public static FallbackRunReport Skipped() => new() { LeaseHeldElsewhere = true };

    public void Count(string what) => _counts[what] = _counts.GetValueOrDefault(what) + 1;

    public void Note(string note) => _notes.Add(note);

    public IEnumerable<string> Lines()
    {
        if (LeaseHeldElsewhere)
        {
            yield return "Another instance holds the fallback workflow's lease; nothing done.";
            yield break;
        }

        foreach (var note in _notes)
        {
            yield return note;
        }

        yield return string.Create(
            CultureInfo.InvariantCulture,
            $"{Cases} open case(s){(_counts.Count == 0 ? "; nothing to do" : ": " + string.Join(", ", _counts.Select(count => $"{count.Key} {count.Value}")))}.");
    }
}
