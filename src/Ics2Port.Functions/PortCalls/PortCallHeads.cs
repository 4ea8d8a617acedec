namespace Ics2Port.Functions.PortCalls;

using Ics2Port.Domain.GeneralDeclarations;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Reading;
using Ics2Port.Functions.Documents;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Heads;
using Ics2Port.Storage.PortCalls;

/// <summary>
/// The head of a port call for a principal: one point read for every port call registered with one. A port call
/// registered before heads existed gets one built from its record, its latest versions and its FAL 1 bodies; the
/// first document filed stores it.
/// </summary>
public sealed class PortCallHeads(PortCallStore portCalls, DocumentStore documents)
{
    /// <summary>
    /// The head of <paramref name="agentId"/>'s port call as this process last read or wrote it, without a round trip;
    /// null when not remembered. It may be stale: a commit decided on it is conditioned on its ETag, and any other answer
    /// must be decided again on <see cref="FindAsync"/>.
    /// </summary>
    public PortCallHead? Recent(string portCallId, string agentId) =>
        documents.RecentHead(portCallId) is { PortCallJson: not null } head && head.AgentId == agentId ? head : null;

    /// <summary>The head, or null when there is no such port call or it belongs to another agent than <paramref name="agentId"/> (null: any).</summary>
    public async Task<PortCallHead?> FindAsync(string portCallId, string? agentId, CancellationToken cancellationToken)
    {
        var head = await documents.ReadHeadAsync(portCallId, cancellationToken);
        if (head?.PortCallJson is null)
        {
            if (await portCalls.FindAsync(portCallId, agentId: null, cancellationToken) is not { } record)
            {
                return null;
            }

            head = (head ?? await documents.BuildHeadAsync(portCallId, record.AgentId, cancellationToken)) with
            {
                AgentId = record.AgentId,
                PortCallJson = record.RequestJson,
                CreatedAt = record.CreatedAt,
            };
            head = await WithFiguresAsync(head, cancellationToken);
        }

        return agentId is null || head.AgentId == agentId ? head : null;
    }

    // FAL 1 versions stored before heads have their figures in their bodies only.
    private async Task<PortCallHead> WithFiguresAsync(PortCallHead head, CancellationToken cancellationToken)
    {
        var documentsWithFigures = new Dictionary<string, HeadDocument>(head.Documents);
        foreach (var direction in new[] { Direction.Arrival, Direction.Departure })
        {
            var key = PortCallHead.KeyOf(direction.ToWire(), DocumentType.Fal1.ToWire());
            if (!head.Documents.TryGetValue(key, out var fal1) || fal1.Figures is not null || !DocumentFormats.TryFromContentType(fal1.ContentType, out var format))
            {
                continue;
            }

            var version = await documents.GetVersionAsync(head.PortCallId, direction.ToWire(), DocumentType.Fal1.ToWire(), fal1.Version, cancellationToken);
            if (version is null)
            {
                continue;
            }

            var content = await documents.ReadContentAsync(version, cancellationToken);
            if (DocumentReader.Read(DocumentType.Fal1, format, content.ToMemory()).Document is GeneralDeclaration declaration)
            {
                documentsWithFigures[key] = fal1 with { Figures = AcceptedDocuments.FiguresOf(declaration) };
            }
        }

        return head with { Documents = documentsWithFigures };
    }
}
