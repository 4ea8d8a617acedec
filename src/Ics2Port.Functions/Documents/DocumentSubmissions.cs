namespace Ics2Port.Functions.Documents;

using Ics2Port.Domain.Common;
using Ics2Port.Domain.CrewLists;
using Ics2Port.Domain.GeneralDeclarations;
using Ics2Port.Domain.PassengerLists;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Reading;
using Ics2Port.Functions.Access;
using Ics2Port.Functions.Common;
using Ics2Port.Functions.Fallback.Delivery;
using Ics2Port.Functions.HsCodes;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.PortCalls;
using Ics2Port.Functions.Problems;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Layout;

/// <summary>
/// Files one document of a port call, over HTTP or as a dropped file: read, validate against the port call and the other
/// accepted documents of its direction as the port call's head names them, then commit it as the next version together
/// with the changed head. Two storage round trips for a new version with an inline body: the head read, the transaction;
/// one when this instance remembers the head, which answers a new version only (the transaction holds on its ETag).
/// When another submission changed the head first, everything is decided again against the new head.
/// </summary>
public sealed class DocumentSubmissions(
    PortCallHeads heads,
    DocumentStore documents,
    HsNomenclatureSource nomenclature,
    NewVersionDelivery delivery,
    TimeProvider time,
    ILogger<DocumentSubmissions> logger)
{
    private const int MaxCommitAttempts = 50;

    public Task<ApiOutcome> SubmitAsync(
        Principal principal,
        string portCallId,
        string direction,
        string type,
        string? contentType,
        ReadOnlyMemory<byte> body,
        CancellationToken cancellationToken) =>
        SubmitAsync(principal, portCallId, direction, type, contentType, body, DocumentConditions.None, cancellationToken);

    public async Task<ApiOutcome> SubmitAsync(
        Principal principal,
        string portCallId,
        string direction,
        string type,
        string? contentType,
        ReadOnlyMemory<byte> body,
        DocumentConditions conditions,
        CancellationToken cancellationToken)
    {
        if (!DocumentTypes.TryParseDirection(direction, out var parsedDirection) || !DocumentTypes.TryParseType(type, out var parsedType))
        {
            return DocumentReadings.NoSuchDocument(direction, type);
        }

        using var scope = logger.BeginScope("Port call {PortCallId} document {DocumentId}", portCallId, DocumentStore.DocumentIdOf(portCallId, direction, type));
        if (principal.AgentId is not { } agentId)
        {
            return ApiProblems.Forbidden("Documents are filed by the shipping agent of the port call.");
        }

        // A head this process remembers saves the read when the submission commits; any other answer is decided on a fresh one.
        var recent = heads.Recent(portCallId, agentId);
        if ((recent ?? await heads.FindAsync(portCallId, agentId, cancellationToken)) is not { } head)
        {
            return PortCallRegistry.NotFound(portCallId);
        }

        if (!DocumentFormats.TryFromContentType(contentType, out var format) || !DocumentFormats.Supports(parsedType, format))
        {
            return ApiProblems.UnsupportedMediaType(contentType, SupportedMediaTypes(parsedType));
        }

        var read = DocumentReader.Read(parsedType, format, body);
        if (read.Errors.Count > 0 || read.Document is not { } document)
        {
            var unreadable = ApiProblems.Unreadable(read.Errors);
            DocumentLog.Rejected(logger, unreadable.Status, read.Errors.Count);
            return unreadable;
        }

        var submission = new DocumentSubmission
        {
            AgentId = agentId,
            PortCallId = portCallId,
            Direction = direction,
            Type = type,
            Content = BinaryData.FromBytes(body),
            ContentType = contentType!,
            Extension = format.ToString().ToLowerInvariant(),
            Sha256 = ContentHash.Sha256Hex(body.Span),
            ReceivedAt = time.ReceivedNow(),
            ItemCount = ItemCount(document),
            Figures = document is GeneralDeclaration declaration ? AcceptedDocuments.FiguresOf(declaration) : null,
        };
        for (var attempt = 0; attempt < MaxCommitAttempts; attempt++)
        {
            var context = DocumentContexts.ForDocument(PortCallRecords.RequestOf(head), parsedDirection, new AcceptedDocuments(head), nomenclature.Current);
            var report = HsCodeCheck.Apply(DocumentValidator.Validate(parsedType, document, context), document, context.HsCodes);
            report = read.SourceMap.ToSource(report);
            if (!report.IsValid && recent is null)
            {
                DocumentLog.Rejected(logger, StatusCodes.Status422UnprocessableEntity, report.Errors.Count);
                return ApiProblems.Validation(report);
            }

            DocumentCommit? commit = null;
            try
            {
                if (report.IsValid)
                {
                    commit = await documents.TryCommitAsync(head, submission, conditions.Allow, cancellationToken);
                }
            }
            catch (Exception e) when (StorageFaults.IsUnavailable(e))
            {
                DocumentLog.OutcomeUnknown(logger, e);
                return ApiProblems.OutcomeUnknown("the version");
            }

            if (commit is not null && (recent is null || commit.Kind == DocumentCommitKind.Created))
            {
                return await AnswerAsync(commit, report, cancellationToken);
            }

            // Another submission changed the port call first, or the remembered head decided something other than a
            // new version: decide again against the head as stored.
            recent = null;
            if (await heads.FindAsync(portCallId, agentId, cancellationToken) is not { } fresh)
            {
                return PortCallRegistry.NotFound(portCallId);
            }

            head = fresh;
        }

        throw new StoreContentionException($"Could not commit {DocumentStore.DocumentIdOf(portCallId, direction, type)} after {MaxCommitAttempts} attempts.");
    }

    private async Task<ApiOutcome> AnswerAsync(DocumentCommit commit, ValidationReport report, CancellationToken cancellationToken)
    {
        if (commit.Kind == DocumentCommitKind.PreconditionFailed)
        {
            return ApiProblems.PreconditionFailed(commit.Version is { } current
                ? $"The current version is {DocumentETags.Of(current)}; nothing was stored."
                : "There is no version yet; nothing was stored.");
        }

        var version = commit.Version!;
        DocumentLog.Committed(logger, commit.Kind, version.Version, version.Sha256);
        if (commit.Kind == DocumentCommitKind.Created)
        {
            // Off the request: the answer waits for the delivery only briefly. A crash before it ends leaves the version's open row, for the timer.
            version = await delivery.StartAsync(version, cancellationToken);
        }

        var receipt = DocumentReceipt.From(version, report.Warnings);
        var outcome = commit.Kind == DocumentCommitKind.Created && version.Version == 1
            ? ApiOutcome.Created(receipt, DocumentReadings.LocationOf(version))
            : ApiOutcome.Ok(receipt);
        return outcome.WithHeader("ETag", DocumentETags.Of(version));
    }

    private static int? ItemCount(object document) => document switch
    {
        CrewList crewList => crewList.Crew?.Count,
        PassengerList passengerList => passengerList.Passengers?.Count,
        _ => null,
    };

    private static IEnumerable<string> SupportedMediaTypes(DocumentType type) =>
        Enum.GetValues<DocumentFormat>().Where(format => DocumentFormats.Supports(type, format)).Select(DocumentMediaTypes.Of);
}
