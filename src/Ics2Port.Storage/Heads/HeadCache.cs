using System.Collections.Concurrent;

namespace Ics2Port.Storage.Heads;

/// <summary>
/// The heads this process last read or wrote, each with its ETag, so that a submission can decide and commit without
/// reading its port call's head first. Never trusted alone: a commit decided on a remembered head is conditioned on
/// that ETag (a head changed elsewhere fails it, and the submission reads the head and decides again), and every other
/// answer is given only on a head read fresh. Bounded: past <see cref="Capacity"/> port calls it starts over.
/// </summary>
/// <remarks>
/// When instances share the port call (requests spread over several, or the timer delivering on another one), a
/// remembered head is mostly stale, and committing on it first would cost a failed transaction every time. So a port
/// call whose head a fresh read found changed since this process last knew it is not offered until a read finds it as
/// this process left it: a submission then reads first, two round trips instead of three.
/// </remarks>
internal sealed class HeadCache
{
    /// <summary>Port calls remembered at most; a head is a few KiB.</summary>
    public const int Capacity = 4_096;

    private readonly ConcurrentDictionary<string, Known> _known = new(StringComparer.Ordinal);

    /// <summary>The head as this process last knew it, unless the port call is written elsewhere too.</summary>
    public PortCallHead? Find(string portCallId) =>
        _known.TryGetValue(portCallId, out var known) && !known.WrittenElsewhere ? known.Head : null;

    /// <summary>Remembers a head read fresh, and whether someone else changed it since this process last knew it.</summary>
    public void RememberRead(PortCallHead head)
    {
        var elsewhere = _known.TryGetValue(head.PortCallId, out var known) && known.Head?.ETag != head.ETag;
        Store(head, elsewhere);
    }

    /// <summary>Remembers a head this process wrote; one without an ETag (the answer had none) is forgotten instead.</summary>
    public void RememberWritten(PortCallHead head) =>
        Store(head, _known.TryGetValue(head.PortCallId, out var known) && known.WrittenElsewhere);

    /// <summary>Forgets the head (changed by someone else, or whether a write of it landed is unknown): the next one is read.</summary>
    public void Forget(string portCallId)
    {
        if (_known.TryGetValue(portCallId, out var known))
        {
            _known[portCallId] = known with { Head = null };
        }
    }

    /// <summary>Forgets the port call altogether: it has no head.</summary>
    public void Remove(string portCallId) => _known.TryRemove(portCallId, out _);

    private void Store(PortCallHead head, bool writtenElsewhere)
    {
        if (!head.Exists)
        {
            Forget(head.PortCallId);
            return;
        }

        if (_known.Count >= Capacity && !_known.ContainsKey(head.PortCallId))
        {
            _known.Clear();
        }

        _known[head.PortCallId] = new Known(head, writtenElsewhere);
    }

    // Head null: forgotten, so the next read is compared with nothing and counts as changed elsewhere.
    private sealed record Known(PortCallHead? Head, bool WrittenElsewhere);
}
