namespace Ics2Port.Functions.Manifests;

using Ics2Port.Domain.Ens;
using Ics2Port.Domain.Manifests;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Reading;
using Ics2Port.Functions.Access;
using Ics2Port.Functions.Documents;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.PortCalls;
using Ics2Port.Functions.Problems;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.PortCalls;

/// <summary>Computes the ENS deadlines of the latest arrival manifest of a port call (ENS-SEA-*), as the domain decides them.</summary>
public sealed class EnsDeadlineReadings(PortCallStore portCalls, DocumentStore documents)
{
    public async Task<ApiOutcome> GetAsync(Principal principal, string portCallId, CancellationToken cancellationToken)
    {
        if (await portCalls.FindVisibleAsync(principal, portCallId, cancellationToken) is not { } portCall)
        {
            return PortCallRegistry.NotFound(portCallId);
        }

        var arrival = Direction.Arrival.ToWire();
        if (await documents.GetLatestAsync(portCallId, arrival, DocumentType.Manifest.ToWire(), cancellationToken) is not { } latest)
        {
            return ApiProblems.NotFound("No arrival manifest has been accepted yet.");
        }

        var content = await documents.ReadContentAsync(latest, cancellationToken);
        var format = DocumentFormats.TryFromContentType(latest.ContentType, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"Manifest {latest.DocumentId} v{latest.Version} has the unknown media type '{latest.ContentType}'.");
        var manifest = DocumentReader.Read(DocumentType.Manifest, format, content.ToMemory()).Document as CargoManifest
            ?? throw new InvalidOperationException($"Accepted manifest {latest.DocumentId} v{latest.Version} no longer reads.");
        var request = portCall.ToRequest();
        var eta = DocumentContexts.ForPortCall(request, Direction.Arrival, hsCodes: null).Eta;
        var deadlines = ManifestEnsDeadlines.Of(manifest, eta, request.LastPort);
        return ApiOutcome.Ok(new EnsDeadlineList(portCallId, latest.Version, [.. deadlines.Select(EnsDeadlineView.From)]));
    }
}
