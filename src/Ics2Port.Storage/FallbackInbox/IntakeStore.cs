using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Ics2Port.Storage.Layout;

namespace Ics2Port.Storage.FallbackInbox;

/// <summary>
/// E-mails of the fallback inbox: a row per e-mail keyed by the hash of its Message-ID (created once, so the
/// same e-mail posted twice is one intake) and its bytes in the fallback container under <c>inbox/{intakeId}/</c>.
/// </summary>
public sealed class IntakeStore(StorageLayout layout)
{
    private const string Partition = "intake";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly TableClient _intakes = layout.Tables.GetTableClient(layout.FallbackIntakeTable);
    private readonly BlobContainerClient _files = layout.Blobs.GetBlobContainerClient(layout.FallbackContainer);

    /// <summary>The intake id of a Message-ID: lower-case hex SHA-256 of it, surrounding blanks ignored.</summary>
    public static string IntakeIdOf(string messageId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageId.Trim())));

    /// <summary>The blob name for a file of an intake, e.g. <c>inbox/{intakeId}/message.json</c>.</summary>
    public static string BlobNameOf(string intakeId, string fileName) => $"inbox/{intakeId}/{fileName}";

    /// <summary>Inserts <paramref name="candidate"/> unless its intake exists; answers whether it was created and the stored intake.</summary>
    public async Task<(bool Created, IntakeRecord Current)> TryCreateAsync(IntakeRecord candidate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var entity = ToEntity(candidate);
        try
        {
            var etag = await _intakes.InsertAsync(entity, cancellationToken).ConfigureAwait(false);
            return (true, candidate with { ETag = etag });
        }
        catch (RequestFailedException e) when (StorageErrors.IsConflict(e))
        {
            return (false, await GetAsync(candidate.IntakeId, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Intake {candidate.IntakeId} conflicted but cannot be read back."));
        }
    }

    /// <summary>One intake, or null.</summary>
    public async Task<IntakeRecord?> GetAsync(string intakeId, CancellationToken cancellationToken = default)
    {
        if (!StorageKeys.IsValid(intakeId))
        {
            return null;
        }

        var entity = await _intakes.FindAsync(Partition, intakeId, cancellationToken).ConfigureAwait(false);
        return entity is null ? null : FromEntity(entity);
    }

    /// <summary>Writes <paramref name="updated"/> if the row still has its ETag; answers it with the new ETag, or null when another writer came first.</summary>
    public async Task<IntakeRecord?> TryUpdateAsync(IntakeRecord updated, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updated);
        try
        {
            var etag = await _intakes.UpdateAsync(ToEntity(updated), updated.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return updated with { ETag = etag };
        }
        catch (RequestFailedException e) when (StorageErrors.IsPreconditionFailed(e))
        {
            return null;
        }
    }

    /// <summary>Every intake, oldest first, optionally only those with the given <see cref="IntakeRecord.Link"/>.</summary>
    public async IAsyncEnumerable<IntakeRecord> ListAsync(string? link, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = TableFilters.All($"PartitionKey eq {Partition}", link is null ? null : (FormattableString)$"Link eq {link}");
        var intakes = new List<IntakeRecord>();
        await foreach (var entity in _intakes.QueryAsync<TableEntity>(filter, layout.QueryPageSize, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            intakes.Add(FromEntity(entity));
        }

        foreach (var intake in intakes.OrderBy(intake => intake.RecordedAt))
        {
            yield return intake;
        }
    }

    /// <summary>Stores a file of an intake once; a file already there under that name is kept as it is.</summary>
    public async Task SaveFileAsync(string blobName, BinaryData content, string contentType, CancellationToken cancellationToken = default)
    {
        await _files.GetBlobClient(blobName).TryCreateAsync(content, contentType, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A stored file of an intake, or null.</summary>
    public async Task<BinaryData?> ReadFileAsync(string blobName, CancellationToken cancellationToken = default)
    {
        var download = await _files.GetBlobClient(blobName).DownloadIfExistsAsync(cancellationToken).ConfigureAwait(false);
        return download?.Content;
    }

    private static TableEntity ToEntity(IntakeRecord intake) => new(Partition, intake.IntakeId)
    {
        ["MessageId"] = intake.MessageId,
        ["From"] = intake.From,
        ["To"] = intake.To,
        ["Subject"] = intake.Subject,
        ["ReceivedAt"] = intake.ReceivedAt,
        ["RecordedAt"] = intake.RecordedAt,
        ["Status"] = intake.Status,
        ["Link"] = intake.Link,
        ["PortCallId"] = intake.PortCallId,
        ["AgentId"] = intake.AgentId,
        ["MessageBlobName"] = intake.MessageBlobName,
        ["Attachments"] = JsonSerializer.Serialize(intake.Attachments, Json),
    };

    private static IntakeRecord FromEntity(TableEntity entity) => new()
    {
        IntakeId = entity.RowKey,
        MessageId = entity.GetString("MessageId") ?? string.Empty,
        From = entity.GetString("From") ?? string.Empty,
        To = entity.GetString("To") ?? string.Empty,
        Subject = entity.GetString("Subject") ?? string.Empty,
        ReceivedAt = entity.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue,
        RecordedAt = entity.GetDateTimeOffset("RecordedAt") ?? DateTimeOffset.MinValue,
        Status = entity.GetString("Status") ?? string.Empty,
        Link = entity.GetString("Link") ?? string.Empty,
        PortCallId = entity.GetString("PortCallId"),
        AgentId = entity.GetString("AgentId"),
        MessageBlobName = entity.GetString("MessageBlobName") ?? string.Empty,
        Attachments = entity.GetString("Attachments") is { Length: > 0 } attachments
            ? JsonSerializer.Deserialize<List<IntakeAttachment>>(attachments, Json) ?? []
            : [],
        ETag = entity.ETag,
    };
}
