namespace Ics2Port.Functions.Manifests;

using Ics2Port.Domain.Common;
using Ics2Port.Domain.Manifests;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Reading;
using Ics2Port.Functions.Access;
using Ics2Port.Functions.Common;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.PortCalls;
using Ics2Port.Functions.Problems;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Endorsements;
using Ics2Port.Storage.PortCalls;

/// <summary>
/// Customs of the port endorse a filed departure manifest version as the office of departure (STATUS-ENDORSE): once per
/// version, recording who, when and which office. An arrival manifest carries the foreign office's endorsement in its body.
/// </summary>
public sealed class ManifestEndorsements(PortCallStore portCalls, DocumentStore documents, EndorsementStore endorsements, TimeProvider time)
{
    /// <summary>The endorsement of one manifest version; 404 while it has none.</summary>
    public async Task<ApiOutcome> GetAsync(Principal principal, string portCallId, string direction, int version, CancellationToken cancellationToken)
    {
        if (await portCalls.FindVisibleAsync(principal, portCallId, cancellationToken) is null)
        {
            return PortCallRegistry.NotFound(portCallId);
        }

        return await endorsements.FindAsync(portCallId, direction, version, cancellationToken) is { } endorsement
            ? ApiOutcome.Ok(EndorsementView.From(endorsement))
            : ApiProblems.NotFound($"Version {version} of the {direction} manifest has no endorsement.");
    }

    public async Task<ApiOutcome> EndorseAsync(
        Principal principal,
        string portCallId,
        string direction,
        int version,
        string? contentType,
        ReadOnlyMemory<byte> body,
        CancellationToken cancellationToken)
    {
        if (principal.ControlPoint is not { } controlPoint)
        {
            return ApiProblems.Forbidden("Manifests are endorsed by the customs control point of the port.");
        }

        if (!DocumentTypes.TryParseDirection(direction, out var parsedDirection))
        {
            return ApiProblems.NotFound($"'{direction}' is not a direction: arrival or departure.");
        }

        if (await portCalls.FindVisibleAsync(principal, portCallId, cancellationToken) is null)
        {
            return PortCallRegistry.NotFound(portCallId);
        }

        var manifest = DocumentType.Manifest.ToWire();
        if (await documents.GetVersionAsync(portCallId, direction, manifest, version, cancellationToken) is not { } filed)
        {
            return ApiProblems.NotFound($"There is no version {version} of the {direction} manifest.");
        }

        if (parsedDirection != Direction.Departure)
        {
            return ApiProblems.Conflict(
                "The office of departure endorses a manifest: an arrival manifest carries that office's endorsement in customsEndorsement.",
                [new Finding(string.Empty, RuleIds.StatusEndorse, "Only a departure manifest is endorsed here.")]);
        }

        var reference = string.Empty;
        if (body.Length > 0)
        {
            var (request, unreadable) = RequestJson.ReadWith(contentType, body, DocumentReader.ReadEndorsement);
            if (request is null)
            {
                return unreadable!;
            }

            var report = EndorsementRequestValidator.Check(request);
            if (!report.IsValid)
            {
                return ApiProblems.Validation(report);
            }

            reference = request.Reference?.Trim() ?? string.Empty;
        }

        var (created, endorsement) = await endorsements.CreateAsync(
            new EndorsementRecord
            {
                PortCallId = portCallId,
                Direction = direction,
                Version = filed.Version,
                Sha256 = filed.Sha256,
                EndorsedBy = principal.ToString(),
                Office = controlPoint.Code,
                EndorsedAt = time.ReceivedNow(),
                Reference = reference.Length == 0 ? null : reference,
            },
            cancellationToken);
        return created
            ? ApiOutcome.Created(EndorsementView.From(endorsement), $"/api/port-calls/{portCallId}/{direction}/manifest/versions/{version}/endorsement")
            : ApiProblems.Conflict(
                $"Version {version} of the {direction} manifest was endorsed on {PortTime.Format(endorsement.EndorsedAt)} by {endorsement.EndorsedBy}; a version is endorsed once.",
                [new Finding(string.Empty, RuleIds.StatusEndorse, "This manifest version is already endorsed.")]);
    }
}
