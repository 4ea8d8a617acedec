namespace Ics2Port.Functions.Fallback.Workflow;

using Ics2Port.Domain.Fallback;
using Ics2Port.Functions.Fallback.Cases;
using Ics2Port.Functions.Fallback.Channels;
using Ics2Port.Functions.Fallback.Delivery;
using Ics2Port.Functions.PortCalls;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.PortCalls;

/// <summary>Loads what fallback correspondence says about a case: port call, control point of its port (FB-WHERE), document and bytes; the port call is found whoever filed the version (a supplier files supplies).</summary>
public sealed class CaseDocuments(PortCallStore portCalls, DocumentStore documents, FallbackChannels channels)
{
    public async Task<CaseContext> LoadAsync(DocumentVersion version, CancellationToken cancellationToken)
    {
        var portCall = await portCalls.FindAsync(version.PortCallId, null, cancellationToken)
            ?? throw new InvalidOperationException($"Document {version.DocumentId} belongs to port call {version.PortCallId}, which does not exist.");
        var content = await documents.ReadContentAsync(version, cancellationToken);
        return new CaseContext(
            CaseIds.Of(version),
            ReferenceOf(portCall),
            channels.ControlPoints.ForPort(portCall.Port),
            DocumentOf(version),
            new FallbackAttachment(FileNameOf(version), version.ContentType, content.ToMemory()));
    }

    public static PortCallReference ReferenceOf(PortCallRecord portCall)
    {
        var request = portCall.ToRequest();
        return new PortCallReference(
            portCall.PortCallId,
            portCall.Port,
            request.Vessel?.Name ?? string.Empty,
            request.Vessel?.ImoNumber ?? portCall.ImoNumber,
            request.VoyageNumber ?? string.Empty,
            request.Vessel?.CallSign);
    }

    public static FallbackDocument DocumentOf(DocumentVersion version) => DeliveredVersions.ToFallbackDocument(version);

    public static string FileNameOf(DocumentVersion version) => DeliveredVersions.FileNameOf(version);
}
