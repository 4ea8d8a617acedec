namespace Ics2Port.PeerSimulators.PortSystem;

/// <summary>The port system's documents, in memory, keyed by document id and version.</summary>
public sealed class PortSystemInbox
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string DocumentId, int Version), (ReceivedDocument Document, byte[] Content)> _documents = [];

    public (PutOutcome Outcome, ReceivedDocument Document) Put(ReceivedDocument candidate, byte[] content)
    {
        lock (_lock)
        {
            var key = (candidate.DocumentId, candidate.Version);
            if (!_documents.TryGetValue(key, out var existing))
            {
                _documents[key] = (candidate with { Requests = 1 }, content);
                return (PutOutcome.Created, _documents[key].Document);
            }

            var counted = existing.Document with { Requests = existing.Document.Requests + 1 };
            _documents[key] = (counted, existing.Content);
            return (string.Equals(existing.Document.Sha256, candidate.Sha256, StringComparison.Ordinal) ? PutOutcome.Repeated : PutOutcome.Conflict, counted);
        }
    }

    public (ReceivedDocument Document, byte[] Content)? Get(string documentId, int version)
    {
        lock (_lock)
        {
            return _documents.TryGetValue((documentId, version), out var entry) ? entry : null;
        }
    }

    public IReadOnlyList<ReceivedDocument> Received()
    {
        lock (_lock)
        {
            return [.. _documents.Values.Select(entry => entry.Document).OrderBy(document => document.ReceivedAt).ThenBy(document => document.DocumentId, StringComparer.Ordinal)];
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _documents.Clear();
        }
    }
}
