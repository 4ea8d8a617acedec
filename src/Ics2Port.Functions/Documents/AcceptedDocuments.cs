namespace Ics2Port.Functions.Documents;

using Ics2Port.Domain.GeneralDeclarations;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Reading;
using Ics2Port.Storage.Documents;

/// <summary>The latest accepted version of each document of one port call, read in one query.</summary>
public sealed class AcceptedDocuments
{
    private readonly DocumentStore _store;
    private readonly IReadOnlyList<DocumentVersion> _latest;

    private AcceptedDocuments(DocumentStore store, IReadOnlyList<DocumentVersion> latest)
    {
        _store = store;
        _latest = latest;
    }

    public static async Task<AcceptedDocuments> LoadAsync(DocumentStore store, string portCallId, CancellationToken cancellationToken) =>
        new(store, await store.GetLatestVersionsAsync(portCallId, cancellationToken));

    public DocumentVersion? Latest(Direction direction, DocumentType type) =>
        _latest.FirstOrDefault(version => version.Direction == direction.ToWire() && version.Type == type.ToWire());

    /// <summary>The latest versions of one direction in the order a person reads a port call.</summary>
    public IReadOnlyList<(DocumentType Type, DocumentVersion Version)> Of(Direction direction) =>
        [.. DocumentTypes.All.Select(type => (type, Latest(direction, type))).Where(pair => pair.Item2 is not null).Select(pair => (pair.type, pair.Item2!))];

    /// <summary>The accepted FAL 1 of <paramref name="direction"/>: its counts decide which other documents are required (FAL-ARR, FAL-DEP).</summary>
    public async Task<GeneralDeclaration?> ReadGeneralDeclarationAsync(Direction direction, CancellationToken cancellationToken)
    {
        if (Latest(direction, DocumentType.Fal1) is not { } version || !DocumentFormats.TryFromContentType(version.ContentType, out var format))
        {
            return null;
        }

        var content = await _store.ReadContentAsync(version, cancellationToken);
        return DocumentReader.Read(DocumentType.Fal1, format, content.ToMemory()).Document as GeneralDeclaration;
    }
}
