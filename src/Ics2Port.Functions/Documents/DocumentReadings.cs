namespace Ics2Port.Functions.Documents;

using Ics2Port.Domain.PortCalls;
using Ics2Port.Functions.Access;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.PortCalls;
using Ics2Port.Functions.Problems;
using Ics2Port.Storage.Documents;

/// <summary>Reads accepted documents back: the latest or one version byte for byte, and the receipts of all versions.</summary>
public sealed class DocumentReadings(PortCallHeads heads, DocumentStore documents)
{
    public Task<ApiOutcome> GetLatestAsync(Principal principal, string portCallId, string direction, string type, CancellationToken cancellationToken) =>
        ReadAsync(principal, portCallId, direction, type, version: null, cancellationToken);

    public Task<ApiOutcome> GetVersionAsync(Principal principal, string portCallId, string direction, string type, int version, CancellationToken cancellationToken) =>
        ReadAsync(principal, portCallId, direction, type, version, cancellationToken);

    public async Task<ApiOutcome> ListVersionsAsync(Principal principal, string portCallId, string direction, string type, CancellationToken cancellationToken)
    {
        if (await FindAsync(principal, portCallId, direction, type, cancellationToken) is { } problem)
        {
            return problem;
        }

        var receipts = new List<DocumentReceipt>();
        await foreach (var version in documents.ListVersionsAsync(portCallId, direction, type, cancellationToken))
        {
            receipts.Add(DocumentReceipt.From(version));
        }

        receipts.Reverse();
        return ApiOutcome.Ok(new DocumentVersionList(receipts));
    }

    public static string LocationOf(DocumentVersion version) => $"/api/port-calls/{version.PortCallId}/{version.Direction}/{version.Type}";

    public static ApiOutcome NoSuchDocument(string direction, string type) =>
        ApiProblems.NotFound($"'{direction}/{type}' is not a document of a port call: direction is arrival or departure, type one of {string.Join(", ", DocumentTypes.All.Select(t => t.ToWire()))}.");

    private async Task<ApiOutcome> ReadAsync(Principal principal, string portCallId, string direction, string type, int? version, CancellationToken cancellationToken)
    {
        if (await FindAsync(principal, portCallId, direction, type, cancellationToken) is { } problem)
        {
            return problem;
        }

        if (await documents.ReadAsync(portCallId, direction, type, version, cancellationToken) is not { } read)
        {
            return ApiProblems.NotFound(version is null
                ? $"No {type} has been accepted for the {direction} yet."
                : $"There is no version {version} of the {direction} {type}.");
        }

        var (found, content) = read;
        return ApiOutcome.Ok(new RawContent(content, found.ContentType)).WithHeader("ETag", DocumentETags.Of(found));
    }

    private async Task<ApiOutcome?> FindAsync(Principal principal, string portCallId, string direction, string type, CancellationToken cancellationToken)
    {
        if (!DocumentTypes.TryParseDirection(direction, out _) || !DocumentTypes.TryParseType(type, out _))
        {
            return NoSuchDocument(direction, type);
        }

        return await heads.FindAsync(portCallId, principal.AgentId, cancellationToken) is null ? PortCallRegistry.NotFound(portCallId) : null;
    }
}
