namespace Ics2Port.Functions.Fallback.Workflow;

using Ics2Port.Domain.Fallback;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Functions.Fallback.Cases;
using Ics2Port.Functions.Fallback.Channels;
using Ics2Port.Functions.PortCalls;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.PortCalls;

/// <summary>Loads what fallback correspondence says about a case: port call, control point of its port (FB-WHERE), document and bytes.</summary>
public sealed class CaseDocuments(PortCallStore portCalls, DocumentStore documents, FallbackChannels channels)
{
    public async Task<CaseContext> LoadAsync(DocumentVersion version, CancellationToken cancellationToken)
    {
        var portCall = await portCalls.FindAsync(version.PortCallId, version.AgentId, cancellationToken)
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

    public static FallbackDocument DocumentOf(DocumentVersion version) =>
        DocumentTypes.TryParseDirection(version.Direction, out var direction) && DocumentTypes.TryParseType(version.Type, out var type)
            ? new FallbackDocument(version.DocumentId, direction, type, version.Version, version.Sha256)
            : throw new InvalidOperationException($"Document {version.DocumentId} has an unknown direction or type.");

    /// <summary><c>{direction}-{type}.{ext}</c>, e.g. <c>arrival-fal5.csv</c>: the name the fallback inbox recognises when an agent forwards it.</summary>
    public static string FileNameOf(DocumentVersion version) =>
        $"{version.Direction}-{version.Type}{Path.GetExtension(version.BlobName)}";
}
