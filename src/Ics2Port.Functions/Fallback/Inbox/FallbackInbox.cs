namespace Ics2Port.Functions.Fallback.Inbox;

using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.Fallback;
using Ics2Port.Domain.Reading;
using Ics2Port.Functions.Access;
using Ics2Port.Functions.Common;
using Ics2Port.Functions.Documents;
using Ics2Port.Functions.Fallback.Delivery;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Problems;
using Ics2Port.Storage.Deliveries;
using Ics2Port.Storage.FallbackInbox;
using Ics2Port.Storage.Layout;

/// <summary>
/// Takes in e-mails customs received during an outage (FB-2-EMAIL), posted by the authority or dropped as files. The
/// e-mail and its attachments are stored, the port call is found from the subject, and every attachment named like a
/// document (<c>arrival-fal5.csv</c>, <c>departure-manifest.json</c>) is filed as a version of that document and marked
/// as received by e-mail, so that FB-REENTRY brings it to the port system. The intake is keyed by its Message-ID and
/// created once: the same e-mail again changes nothing. An e-mail whose port call cannot be found is kept as
/// <c>unlinked</c> (202, listed for the authority) rather than refused, because customs did receive it.
/// </summary>
public sealed partial class FallbackInbox(
    IntakeStore intakes,
    PortCallLinker linker,
    DocumentSubmissions submissions,
    DeliveryStore deliveries,
    CaseAttempts attempts,
    TimeProvider time,
    ILogger<FallbackInbox> logger)
{
    private const string InboxClaim = "fallback-inbox";
    private const int MaxMessageIdLength = 998;

    // An e-mail header line may be 998 characters long (RFC 5322); unfolded, it has no line breaks.
    private const int MaxHeaderLength = 998;
    private const int MaxAttempts = 10;

    public async Task<ApiOutcome> IntakeAsync(Principal principal, string? contentType, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (principal.Kind != PrincipalKind.Authority)
        {
            return ApiProblems.Forbidden("Only the authority posts e-mails to the fallback inbox.");
        }

        var (message, problem) = RequestJson.Read<FallbackInboxMessage>(contentType, body);
        if (problem is not null)
        {
            return problem;
        }

        var (files, receivedAt, findings) = Validate(message!);
        if (findings.Count > 0)
        {
            return ApiProblems.Validation(new ValidationReport(findings, []));
        }

        var (intake, duplicate) = await TakeInAsync(message!, receivedAt!.Value, files, body, cancellationToken);
        return new ApiOutcome(
            StatusCodes.Status202Accepted,
            IntakeView.Of(intake, duplicate),
            new Dictionary<string, string> { ["Location"] = $"/api/fallback/inbox/{intake.IntakeId}" });
    }

    public async Task<ApiOutcome> ListAsync(Principal principal, string? link, CancellationToken cancellationToken)
    {
        if (principal.Kind != PrincipalKind.Authority)
        {
            return ApiProblems.Forbidden("Only the authority reads the fallback inbox.");
        }

        var items = new List<IntakeView>();
        await foreach (var intake in intakes.ListAsync(link, cancellationToken))
        {
            items.Add(IntakeView.Of(intake));
        }

        return ApiOutcome.Ok(new IntakeList(items));
    }

    public async Task<ApiOutcome> GetAsync(Principal principal, string intakeId, CancellationToken cancellationToken)
    {
        if (principal.Kind != PrincipalKind.Authority)
        {
            return ApiProblems.Forbidden("Only the authority reads the fallback inbox.");
        }

        return await intakes.GetAsync(intakeId, cancellationToken) is { } intake
            ? ApiOutcome.Ok(IntakeView.Of(intake))
            : ApiProblems.NotFound($"There is no intake '{intakeId}'.");
    }

    private async Task<(IntakeRecord Intake, bool Duplicate)> TakeInAsync(
        FallbackInboxMessage message, DateTimeOffset receivedAt, List<(InboxAttachment Attachment, byte[] Content)> files, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var messageId = message.MessageId!.Trim();
        var intakeId = IntakeStore.IntakeIdOf(messageId);
        if (await intakes.GetAsync(intakeId, cancellationToken) is { Status: IntakeOutcomes.Processed } known)
        {
            return (known, true);
        }

        // Bytes first, row second: a row never points at a file that is not there.
        var messageBlob = IntakeStore.BlobNameOf(intakeId, "message.json");
        await intakes.SaveFileAsync(messageBlob, BinaryData.FromBytes(body), JsonMediaType.Name, cancellationToken);
        var stored = new List<IntakeAttachment>();
        for (var index = 0; index < files.Count; index++)
        {
            var (attachment, content) = files[index];
            var blobName = IntakeStore.BlobNameOf(intakeId, string.Create(CultureInfo.InvariantCulture, $"attachments/{index:D2}-{SafeName(attachment.FileName!)}"));
            await intakes.SaveFileAsync(blobName, BinaryData.FromBytes(content), attachment.ContentType!, cancellationToken);
            stored.Add(new IntakeAttachment
            {
                FileName = attachment.FileName!,
                ContentType = attachment.ContentType!,
                Length = content.Length,
                Sha256 = ContentHash.Sha256Hex(content),
                BlobName = blobName,
                Outcome = IntakeOutcomes.Waiting,
            });
        }

        var link = await linker.LinkAsync(message.Subject!, cancellationToken);
        var (created, intake) = await intakes.TryCreateAsync(
            new IntakeRecord
            {
                IntakeId = intakeId,
                MessageId = messageId,
                From = message.From!.Trim(),
                To = Recipients(message.To),
                Subject = message.Subject!,
                ReceivedAt = StorageTime.Normalize(receivedAt),
                RecordedAt = time.ReceivedNow(),
                Status = IntakeOutcomes.Received,
                Link = link.Link,
                PortCallId = link.PortCall?.PortCallId,
                AgentId = link.PortCall?.AgentId,
                MessageBlobName = messageBlob,
                Attachments = stored,
            },
            cancellationToken);
        if (!created && intake.Status == IntakeOutcomes.Processed)
        {
            return (intake, true);
        }

        // Created now, or left 'received' by a run that died: (re)file from what the row says; filing is idempotent.
        var processed = await ProcessAsync(intake, link.Detail, cancellationToken);
        var queued = processed.Attachments.Count(a => a.Outcome == IntakeOutcomes.Reentry);
        FallbackLog.Intake(logger, processed.IntakeId, processed.MessageId, processed.Link, processed.PortCallId, queued);
        return (processed, !created);
    }

    private async Task<IntakeRecord> ProcessAsync(IntakeRecord intake, string? linkDetail, CancellationToken cancellationToken)
    {
        var results = new List<IntakeAttachment>();
        foreach (var attachment in intake.Attachments)
        {
            results.Add(await FileAsync(intake, attachment, linkDetail, cancellationToken));
        }

        results = [.. results.Select(result => CheckSignature(result, results))];
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await intakes.TryUpdateAsync(intake with { Status = IntakeOutcomes.Processed, Attachments = results }, cancellationToken) is { } saved)
            {
                return saved;
            }

            intake = await intakes.GetAsync(intake.IntakeId, cancellationToken)
                ?? throw new InvalidOperationException($"Intake {intake.IntakeId} vanished while it was processed.");
            if (intake.Status == IntakeOutcomes.Processed)
            {
                return intake;
            }
        }

        throw new StoreContentionException($"Intake {intake.IntakeId} kept changing while it was processed.");
    }

    private async Task<IntakeAttachment> FileAsync(IntakeRecord intake, IntakeAttachment attachment, string? linkDetail, CancellationToken cancellationToken)
    {
        if (attachment.FileName.EndsWith(".p7s", StringComparison.OrdinalIgnoreCase))
        {
            return attachment with { Outcome = IntakeOutcomes.Signature };
        }

        var name = DocumentFilePattern().Match(attachment.FileName);
        if (!name.Success || !DocumentFormats.TryFromContentType(MediaTypeOf(name.Groups["ext"].Value), out var format))
        {
            return attachment with { Outcome = IntakeOutcomes.Kept, Detail = "Not a document: names like 'arrival-fal5.csv' or 'departure-manifest.json' are filed." };
        }

        if (intake.PortCallId is null || intake.AgentId is null)
        {
            return attachment with { Outcome = IntakeOutcomes.Kept, Detail = "Not filed: " + (linkDetail ?? "the e-mail is not linked to a port call.") };
        }

        var direction = name.Groups["direction"].Value.ToLowerInvariant();
        var type = name.Groups["type"].Value.ToLowerInvariant();
        var content = await intakes.ReadFileAsync(attachment.BlobName, cancellationToken)
            ?? throw new InvalidOperationException($"Intake {intake.IntakeId}: attachment {attachment.BlobName} is missing.");
        var outcome = await submissions.SubmitAsync(
            Principal.Agent(intake.AgentId), intake.PortCallId, direction, type, DocumentMediaTypes.Of(format), content.ToMemory(), cancellationToken);
        if (outcome.Body is not DocumentReceipt receipt)
        {
            return attachment with { Outcome = IntakeOutcomes.Refused, Detail = Describe(outcome) };
        }

        var record = await MarkReceivedByEmailAsync(intake, direction, type, receipt.Version, cancellationToken);
        var state = record?.State ?? receipt.State;
        return attachment with
        {
            Outcome = state is "fallback-email" or "re-entered" ? IntakeOutcomes.Reentry : IntakeOutcomes.Filed,
            DocumentId = receipt.DocumentId,
            Version = receipt.Version,
            State = state,
            Detail = state is "fallback-email" or "re-entered" ? null : $"Version {receipt.Version} is '{state}' and needs no re-entry.",
        };
    }

    // FB-2-EMAIL: the version reached customs by e-mail, so FB-REENTRY must bring it to the port system; a version already delivered needs nothing.
    private async Task<DeliveryRecord?> MarkReceivedByEmailAsync(IntakeRecord intake, string direction, string type, int version, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var record = await deliveries.GetAsync(intake.PortCallId!, direction, type, version, cancellationToken);
            if (record is null || FallbackStateMachine.Apply(DeliveryCases.StateOf(record), FallbackEvent.FallbackEmailReceived).Error is not null)
            {
                return record;
            }

            // Recorded as an attempt on the e-mail channel, so that the workflow sends no second e-mail of its own.
            var received = new AttemptResult(AttemptOutcomes.Received, FallbackEvent.FallbackEmailReceived, Reference: intake.MessageId);
            if (await attempts.RecordAsync(record, AttemptChannels.Email, received, InboxClaim, cancellationToken) is { } moved)
            {
                return moved;
            }
        }

        throw new StoreContentionException($"{intake.PortCallId} {direction} {type} version {version} kept changing while it was marked as received by e-mail.");
    }

    private static IntakeAttachment CheckSignature(IntakeAttachment result, IReadOnlyList<IntakeAttachment> results)
    {
        if (result.Outcome != IntakeOutcomes.Signature)
        {
            return result;
        }

        var signed = results.FirstOrDefault(other => string.Equals(other.FileName + ".p7s", result.FileName, StringComparison.OrdinalIgnoreCase));
        return result with
        {
            Detail = signed is null
                ? "Detached signature; the e-mail has no attachment it belongs to."
                : $"Detached signature of {signed.FileName}.",
            DocumentId = signed?.DocumentId,
            Version = signed?.Version,
        };
    }

    // Header values are kept and shown, and written into logs: one line each (FORMAT-TEXT).
    private static void FreeText(List<Finding> findings, string pointer, string value, int maxLength)
    {
        if (FreeTexts.Problem(value, maxLength) is { } problem)
        {
            findings.Add(new Finding(pointer, RuleIds.FormatText, $"{pointer[1..]} {problem}"));
        }
    }

    private static (List<(InboxAttachment, byte[])> Files, DateTimeOffset? ReceivedAt, List<Finding> Findings) Validate(FallbackInboxMessage message)
    {
        var findings = new List<Finding>();
        var files = new List<(InboxAttachment, byte[])>();
        if (string.IsNullOrWhiteSpace(message.MessageId))
        {
            findings.Add(new Finding("/messageId", RuleIds.Required, "messageId is required: the e-mail's Message-ID, which makes a repeated post change nothing."));
        }
        else
        {
            FreeText(findings, "/messageId", message.MessageId, MaxMessageIdLength);
        }

        if (string.IsNullOrWhiteSpace(message.From))
        {
            findings.Add(new Finding("/from", RuleIds.Required, "from is required."));
        }
        else
        {
            FreeText(findings, "/from", message.From, TextLimits.Description);
        }

        if (message.Subject is null)
        {
            findings.Add(new Finding("/subject", RuleIds.Required, "subject is required: it names the port call."));
        }
        else
        {
            FreeText(findings, "/subject", message.Subject, MaxHeaderLength);
        }

        var receivedAt = RequestTimes.Read(message.ReceivedAt, "receivedAt", "when customs received the e-mail", findings);

        if (message.To is { ValueKind: not (JsonValueKind.String or JsonValueKind.Array or JsonValueKind.Null) })
        {
            findings.Add(new Finding("/to", RuleIds.FormatValue, "to is an address or a list of addresses."));
        }

        if (message.Attachments is null)
        {
            findings.Add(new Finding("/attachments", RuleIds.Required, "attachments is required (an empty list for none)."));
            return (files, receivedAt, findings);
        }

        for (var index = 0; index < message.Attachments.Count; index++)
        {
            var pointer = string.Create(CultureInfo.InvariantCulture, $"/attachments/{index}");
            if (message.Attachments[index] is not { } attachment)
            {
                findings.Add(new Finding(pointer, RuleIds.Required, "An attachment is an object with fileName, contentType and contentBase64."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(attachment.FileName))
            {
                findings.Add(new Finding(pointer + "/fileName", RuleIds.Required, "fileName is required."));
            }

            if (string.IsNullOrWhiteSpace(attachment.ContentType))
            {
                findings.Add(new Finding(pointer + "/contentType", RuleIds.Required, "contentType is required."));
            }

            byte[]? content = null;
            try
            {
                content = attachment.ContentBase64 is null ? null : Convert.FromBase64String(attachment.ContentBase64);
            }
            catch (FormatException)
            {
                findings.Add(new Finding(pointer + "/contentBase64", RuleIds.FormatValue, "contentBase64 is not valid base64."));
                continue;
            }

            if (content is null)
            {
                findings.Add(new Finding(pointer + "/contentBase64", RuleIds.Required, "contentBase64 is required."));
                continue;
            }

            files.Add((attachment, content));
        }

        return (files, receivedAt, findings);
    }

    private static string Recipients(JsonElement? to) => to switch
    {
        { ValueKind: JsonValueKind.String } one => one.GetString() ?? string.Empty,
        { ValueKind: JsonValueKind.Array } many => string.Join(", ", many.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString())),
        _ => string.Empty,
    };

    private static string MediaTypeOf(string extension) => extension.ToLowerInvariant() switch
    {
        "json" => "application/json",
        "csv" => "text/csv",
        "xlsx" => DocumentFormats.XlsxMediaType,
        _ => string.Empty,
    };

    private static string Describe(ApiOutcome outcome) =>
        outcome.Body is ApiProblem problem
            ? string.Join(" ", new[] { problem.Title, problem.Detail }.OfType<string>().Concat((problem.Errors ?? []).Take(5).Select(error => $"{error.Rule} at '{error.Pointer}': {error.Message}")))
            : string.Create(CultureInfo.InvariantCulture, $"Not filed (HTTP {outcome.Status}).");

    // Blob names keep letters, digits, dot, dash and underscore of the sender's name; the index keeps them apart.
    private static string SafeName(string fileName)
    {
        var safe = UnsafeCharacters().Replace(Path.GetFileName(fileName), "_");
        return safe.Length > 100 ? safe[^100..] : safe;
    }

    [GeneratedRegex(@"(?:^|[-_ .])(?<direction>arrival|departure)[-_.](?<type>fal1|manifest|fal3|fal4|fal5|fal6)\.(?<ext>json|csv|xlsx)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentFilePattern();

    [GeneratedRegex(@"[^A-Za-z0-9._-]")]
    private static partial Regex UnsafeCharacters();
}
