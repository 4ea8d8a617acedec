namespace Ics2Port.PeerSimulators.PortSystem;

using System.Collections.Concurrent;

/// <summary>
/// How the port system answers versions of one document type beyond taking them (by <c>X-Document-Type</c>, e.g.
/// <c>permit</c>): with a decision sent back in the answer, or with a refusal. Nothing is set by default.
/// </summary>
public sealed class PortSystemAnswers
{
    private readonly ConcurrentDictionary<string, CannedAnswer> _answers = new(StringComparer.Ordinal);

    public CannedAnswer? For(string? documentType) => documentType is not null && _answers.TryGetValue(documentType, out var answer) ? answer : null;

    public void Set(string documentType, CannedAnswer answer) => _answers[documentType] = answer;

    public void Remove(string documentType) => _answers.TryRemove(documentType, out _);

    public void Clear() => _answers.Clear();
}
