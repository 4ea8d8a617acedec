namespace Ics2Port.PeerSimulators.Eds;

using System.Globalization;

/// <summary>The EDS's letters, in memory, one per idempotency key.</summary>
public sealed class EdsInbox
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, ReceivedLetter> _letters = new(StringComparer.Ordinal);
    private int _sequence;

    /// <summary>Files a new letter, or counts a repeat of the same key; <c>Created</c> false means it was already there.</summary>
    public (bool Created, ReceivedLetter Letter) File(Func<string, ReceivedLetter> create, string idempotencyKey)
    {
        lock (_lock)
        {
            if (_letters.TryGetValue(idempotencyKey, out var existing))
            {
                _letters[idempotencyKey] = existing with { Requests = existing.Requests + 1 };
                return (false, _letters[idempotencyKey]);
            }

            var letter = create(string.Create(CultureInfo.InvariantCulture, $"EDS-{++_sequence:D6}"));
            _letters[idempotencyKey] = letter;
            return (true, letter);
        }
    }

    public IReadOnlyList<ReceivedLetter> Received()
    {
        lock (_lock)
        {
            return [.. _letters.Values.OrderBy(letter => letter.LetterId, StringComparer.Ordinal)];
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _letters.Clear();
        }
    }
}
