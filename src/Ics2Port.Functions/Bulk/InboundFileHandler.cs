namespace Ics2Port.Functions.Bulk;

using System.Globalization;
using System.Text;
using Azure;
using Ics2Port.Functions.Common;
using Ics2Port.Functions.Documents;
using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Permits;
using Ics2Port.Functions.Problems;
using Ics2Port.Functions.Supplies;
using Azure.Storage.Blobs.Models;
using Ics2Port.Storage.Layout;
using Microsoft.Extensions.Options;

/// <summary>
/// <c>InboundFileUploaded</c>: a file dropped at <see cref="InboundFile.Layout"/> is filed by the same use case as
/// the HTTP request, for the agent its path names, and the answer's body is written to <c>results/</c>. Every final
/// answer completes the invocation (the file was processed; the result says why it was refused); a path that fits
/// nowhere or names a port call the agent does not have (404) also sends the file to quarantine. Anything else,
/// storage faults above all, fails the invocation so the host retries it.
/// </summary>
public sealed class InboundFileHandler(
    BulkContainers containers,
    ResultFiles results,
    FileQuarantine quarantine,
    DocumentSubmissions documents,
    PermitApplications permits,
    SupplyFilings supplies,
    IOptions<Ics2PortOptions> options,
    TimeProvider time,
    ILogger<InboundFileHandler> logger)
{

    // Hierarchical-namespace accounts (SFTP) list directories as empty blobs marked like this.
    private const string DirectoryMarker = "hdi_isfolder";

    private static readonly int[] FinalStatuses =
    [
        StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status413PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity,
    ];

    /// <summary>Files the blob once per version; throws <see cref="RetryLaterException"/> when nothing was decided.</summary>
    public async Task HandleAsync(TriggeredBlob invocation, CancellationToken cancellationToken)
    {
        var name = invocation.Name;
        if (InboundFileNames.Check(name) is { } hostile)
        {
            // Before anything reads it: set aside with the reason, and the invocation completes, so the next file goes on.
            using var refusedScope = logger.BeginScope("File {BlobPath}", invocation.Path);
            await RefuseNameAsync(invocation, hostile, cancellationToken);
            return;
        }

        var file = InboundFile.TryParse(name, out var parsed) ? parsed : null;
        using var scope = logger.BeginScope("File {BlobPath} of {Filer} port call {PortCallId}", invocation.Path, file?.Filer.ToString(), file?.PortCallId);

        var source = await containers.Blob(invocation.Container, name).GetPropertiesIfExistsAsync(cancellationToken);
        if (source is null || IsDirectory(source))
        {
            BulkLog.Skipped(logger, source is null ? "the file is gone (moved or deleted since it was uploaded)" : "it is a directory");
            return;
        }

        var previous = await results.FindAsync(name, cancellationToken);
        if (previous?.SourceEtag == BlobETags.Unquoted(source.ETag).ToString())
        {
            // This version has its result: finish what a crash may have left undone, and change nothing else.
            BulkLog.AlreadyProcessed(logger, previous.Status);
            if (previous.Status == StatusCodes.Status404NotFound)
            {
                await QuarantineAsync(invocation, BlobETags.Unquoted(source.ETag), "The file's path names no place it could be filed (see its result).", previous.Status, cancellationToken);
            }

            return;
        }

        if (await ProcessAsync(invocation, file, source, cancellationToken) is not { } processed)
        {
            BulkLog.Skipped(logger, "the file is gone (moved or deleted since it was uploaded)");
            return;
        }

        var (outcome, version) = processed;

        if (!outcome.IsSuccess && !FinalStatuses.Contains(outcome.Status))
        {
            // 503 and the like: nothing was decided, so the host must try again.
            BulkLog.NotFinal(logger, outcome.Status);
            throw new RetryLaterException($"{invocation.Path}: answered {outcome.Status}; retry.");
        }

        await results.WriteAsync(name, version, outcome, previous, cancellationToken);
        var result = $"{containers.Results}/{BulkContainers.ResultName(name)}";
        var subject = Subject(outcome);
        BulkLog.Processed(logger, outcome.Status, subject, result);
        if (outcome.Status == StatusCodes.Status404NotFound)
        {
            await QuarantineAsync(invocation, version, (outcome.Body as ApiProblem)?.Detail ?? "Not found.", outcome.Status, cancellationToken);
        }
    }

    private static bool IsDirectory(BlobProperties blob) =>
        blob.Metadata.TryGetValue(DirectoryMarker, out var marker) && bool.TryParse(marker, out var isDirectory) && isDirectory;

    private static string Subject(ApiOutcome outcome) => outcome.Body switch
    {
        DocumentReceipt receipt => $"{receipt.DocumentId} version {receipt.Version.ToString(CultureInfo.InvariantCulture)}",
        PermitReceipt receipt => $"permit {receipt.PermitId}",
        SupplyReceipt receipt => $"supply {receipt.SupplyId} version {receipt.Version.ToString(CultureInfo.InvariantCulture)}",
        ApiProblem problem => $"{problem.Title} {problem.Errors?.Count ?? 0} error(s)",
        _ => string.Empty,
    };

    // The Idempotency-Key of a permit or supply file: its path and content, so a re-fire finds the first permit or
    // supply and a corrected file at the same path is a new one.
    private static string PermitKey(string blobName, string contentSha256) =>
        "file-" + ContentHash.Sha256Hex(Encoding.UTF8.GetBytes($"{blobName}\n{contentSha256}"));

    /// <summary>The answer and the version it is for; null when the file vanished before it was read.</summary>
    private async Task<(ApiOutcome Outcome, ETag Version)?> ProcessAsync(
        TriggeredBlob invocation,
        InboundFile? file,
        BlobProperties source,
        CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxBodyBytes;
        if (file is null)
        {
            return (ApiProblems.NotFound($"'{invocation.Name}' is not a place for a file: use {InboundFile.Layout}."), BlobETags.Unquoted(source.ETag));
        }

        if (source.ContentLength > limit)
        {
            return (ApiProblems.TooLarge(limit), BlobETags.Unquoted(source.ETag));
        }

        // The blob as it is now, read by its path: the trigger names a version, which may have been rewritten since.
        var blob = await containers.Blob(invocation.Container, invocation.Name).DownloadIfExistsAsync(cancellationToken);
        if (blob is null)
        {
            return null;
        }

        var content = blob.Content.ToMemory();
        if (content.Length > limit)
        {
            return (ApiProblems.TooLarge(limit), BlobETags.Unquoted(blob.Details.ETag));
        }

        var principal = file.Filer;
        var key = PermitKey(file.BlobName, ContentHash.Sha256Hex(content.Span));
        var outcome = file.IsSupply ? await supplies.FileAsync(principal, file.PortCallId, file.MediaType, content, key, cancellationToken)
            : file.IsPermit ? await permits.SubmitAsync(principal, file.PortCallId, file.MediaType, content, key, cancellationToken)
            : await documents.SubmitAsync(principal, file.PortCallId, file.Direction, file.Type, file.MediaType, content, cancellationToken);
        return (outcome, BlobETags.Unquoted(blob.Details.ETag));
    }

    // No result is written for a refused name: the result's own name would carry the same fault.
    private async Task RefuseNameAsync(TriggeredBlob invocation, HostileName hostile, CancellationToken cancellationToken)
    {
        BulkLog.RefusedName(logger, hostile.Reason);
        var quarantinedName = InboundFileNames.QuarantineName(invocation.Name);
        if (!hostile.Addressable)
        {
            await quarantine.RecordOnlyAsync(quarantinedName, Record(invocation, string.Empty, hostile.Reason, status: null), cancellationToken);
            return;
        }

        if (await containers.Blob(invocation.Container, invocation.Name).GetPropertiesIfExistsAsync(cancellationToken) is { } source)
        {
            var version = BlobETags.Unquoted(source.ETag);
            await quarantine.MoveAsync(invocation.Container, invocation.Name, version, quarantinedName, Record(invocation, version.ToString(), hostile.Reason, status: null), cancellationToken);
        }
    }

    private QuarantineRecord Record(TriggeredBlob invocation, string version, string reason, int? status) =>
        new(invocation.Path, version, invocation.FunctionName, reason, time.GetUtcNow(), invocation.InvocationId, Attempts: 1, status);

    private async Task QuarantineAsync(TriggeredBlob invocation, ETag version, string reason, int? status, CancellationToken cancellationToken) =>
        await quarantine.MoveAsync(
            invocation.Container,
            invocation.Name,
            version,
            invocation.Name,
            Record(invocation, version.ToString(), reason, status),
            cancellationToken);
}
