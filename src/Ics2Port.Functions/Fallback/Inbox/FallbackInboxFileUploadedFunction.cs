namespace Ics2Port.Functions.Fallback.Inbox;

using Ics2Port.Functions.Access;
using Ics2Port.Functions.Common;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Problems;
using Ics2Port.Functions.Triggers.Invocation;
using Ics2Port.Storage.Layout;

/// <summary>
/// The blob function <c>FallbackInboxFileUploaded</c> (<c>fallback-inbox/{name}</c>): a dropped <c>.json</c> e-mail is taken
/// in exactly as <c>POST /api/fallback/inbox</c> takes it. A file that cannot be taken in fails the invocation, so the
/// host retries it and, at the end, quarantines it; taking in the same e-mail again changes nothing.
/// </summary>
public sealed class FallbackInboxFileUploadedFunction(StorageLayout layout, FallbackInbox inbox) : IBlobTriggerHandler
{
    public const string FunctionName = "FallbackInboxFileUploaded";

    public async Task<TriggerResult> HandleAsync(BlobInvocation invocation, CancellationToken cancellationToken)
    {
        if (!invocation.BlobName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return TriggerResult.Failure($"{invocation.BlobPath}: the fallback inbox takes e-mails as .json files (CONTRACT.md).");
        }

        // The blob as it is now, read by its path; the host's inline copy only when this account does not have it.
        var download = await layout.Blobs.GetBlobContainerClient(invocation.Container).GetBlobClient(invocation.BlobName).DownloadIfExistsAsync(cancellationToken);
        var content = download?.Content ?? invocation.Content;
        if (content is null)
        {
            return TriggerResult.Success($"{invocation.BlobPath} no longer exists; nothing to take in.");
        }

        var outcome = await inbox.IntakeAsync(Principal.Authority, JsonMediaType.Name, content.ToMemory(), cancellationToken);
        return outcome is { IsSuccess: true, Body: IntakeView intake }
            ? TriggerResult.Success($"{invocation.BlobPath}: intake {intake.IntakeId} ({intake.Link}{(intake.PortCallId is null ? string.Empty : " " + intake.PortCallId)}){(intake.Duplicate == true ? ", taken in before" : string.Empty)}.")
            : TriggerResult.Failure($"{invocation.BlobPath}: {Describe(outcome)}");
    }

    private static string Describe(ApiOutcome outcome) =>
        outcome.Body is ApiProblem problem
            ? string.Join(" ", new[] { problem.Title, problem.Detail }.OfType<string>().Concat((problem.Errors ?? []).Select(error => $"{error.Rule} at '{error.Pointer}': {error.Message}")))
            : $"HTTP {outcome.Status}";
}
