using System.Collections.Concurrent;

namespace Ics2Port.Storage.Heads;

/// <summary>
/// The heads this process last read or wrote, each with its ETag, so that a submission can decide and commit without
/// reading its port call's head first. Never trusted alone: a commit decided on a remembered head is conditioned on
/// that ETag (a head changed elsewhere fails it, and the submission reads the head and decides again), and every other
/// answer is given only on a head read fresh. Writers of a head in this process replace or forget it. Bounded: past
/// <see cref="Capacity"/> port calls it starts over.
/// </summary>
internal sealed class HeadCache
{
    /// <summary>Port calls remembered at most; a head is a few KiB.</summary>
    public const int Capacity = 4_096;

    private readonly ConcurrentDictionary<string, PortCallHead> _heads = new(StringComparer.Ordinal);

    public PortCallHead? Find(string portCallId) => _heads.GetValueOrDefault(portCallId);

    /// <summary>Remembers a head as stored; one without an ETag (not stored, or the answer had none) is forgotten instead.</summary>
    public void Remember(PortCallHead head)
    {
        if (!head.Exists)
        {
            Forget(head.PortCallId);
            return;
        }

        if (_heads.Count >= Capacity && !_heads.ContainsKey(head.PortCallId))
        {
            _heads.Clear();
        }

        _heads[head.PortCallId] = head;
    }

    public void Forget(string portCallId) => _heads.TryRemove(portCallId, out _);
}
