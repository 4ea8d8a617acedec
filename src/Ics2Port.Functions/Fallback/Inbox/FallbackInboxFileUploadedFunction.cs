namespace Ics2Port.Functions.Fallback.Inbox;

using Azure;
using Azure.Storage.Blobs;
using Ics2Port.Functions.Access;
using Ics2Port.Functions.Bulk;
using Ics2Port.Functions.Common;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Problems;
using Ics2Port.Storage.Layout;
using Microsoft.Azure.Functions.Worker;

/// <summary>
/// <c>FallbackInboxFileUploaded</c> (<c>fallback-inbox/{name}</c>): a dropped <c>.json</c> e-mail is taken in exactly as
/// <c>POST /api/fallback/inbox</c> takes it; taking in the same e-mail again changes nothing. A file that can never be
/// taken in (not <c>.json</c>, or refused with a 4xx) goes to quarantine at once with its reason; anything else
/// (storage unavailable) fails the invocation so the host retries it.
/// </summary>
public sealed partial class FallbackInboxFileUploadedFunction(
    FallbackInbox inbox,
    FileQuarantine quarantine,
    TimeProvider time,
    ILogger<FallbackInboxFileUploadedFunction> logger)
{
    public const string Name = "FallbackInboxFileUploaded";

    [Function(Name)]
    public async Task RunAsync(
        [BlobTrigger("fallback-inbox/{name}", Source = BlobTriggerSource.EventGrid, Connection = "AzureWebJobsStorage")] BlobClient file,
        FunctionContext context)
    {
        var cancellationToken = context.CancellationToken;
        var blob = new TriggeredBlob(Name, file.BlobContainerName, file.Name, context.InvocationId);
        if (await file.DownloadIfExistsAsync(cancellationToken) is not { } download)
        {
            LogGone(logger, blob.Path);
            return;
        }

        var (content, version) = (download.Content, BlobETags.Unquoted(download.Details.ETag));

        if (!blob.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            await QuarantineAsync(blob, version, "The fallback inbox takes e-mails as .json files.", status: null, cancellationToken);
            return;
        }

        var outcome = await inbox.IntakeAsync(Principal.Authority, JsonMediaType.Name, content.ToMemory(), cancellationToken);
        if (outcome is { IsSuccess: true, Body: IntakeView intake })
        {
            LogTakenIn(logger, blob.Path, intake.IntakeId, intake.Duplicate == true);
            return;
        }

        if (outcome.Status is >= 400 and < 500)
        {
            await QuarantineAsync(blob, version, Describe(outcome), outcome.Status, cancellationToken);
            return;
        }

        throw new RetryLaterException($"{blob.Path}: {Describe(outcome)}");
    }

    private static string Describe(ApiOutcome outcome) =>
        outcome.Body is ApiProblem problem
            ? string.Join(" ", new[] { problem.Title, problem.Detail }.OfType<string>().Concat((problem.Errors ?? []).Select(error => $"{error.Rule} at '{error.Pointer}': {error.Message}")))
            : $"HTTP {outcome.Status}";

    private async Task QuarantineAsync(TriggeredBlob blob, ETag version, string reason, int? status, CancellationToken cancellationToken) =>
        await quarantine.MoveAsync(
            blob.Container,
            blob.Name,
            version,
            blob.Path,
            new QuarantineRecord(blob.Path, version.ToString(), Name, reason, time.GetUtcNow(), blob.InvocationId, Attempts: 1, status),
            cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Blob} no longer exists; nothing to take in")]
    private static partial void LogGone(ILogger logger, string blob);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Blob}: taken in as {IntakeId} (seen before: {Duplicate})")]
    private static partial void LogTakenIn(ILogger logger, string blob, string intakeId, bool duplicate);
}
