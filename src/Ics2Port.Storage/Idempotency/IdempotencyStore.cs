using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Ics2Port.Storage.Layout;

namespace Ics2Port.Storage.Idempotency;

/// <summary>Idempotency keys, kept without expiry: the create-only insert decides which request owns a key.</summary>
public sealed class IdempotencyStore(StorageLayout layout)
{
    private readonly TableClient _keys = layout.Tables.GetTableClient(layout.IdempotencyTable);

    /// <summary>The record already stored for the key, or null.</summary>
    public async Task<IdempotencyRecord?> FindAsync(string owner, string scope, string key, CancellationToken cancellationToken = default)
    {
        var entity = await _keys.FindAsync(owner, RowKeyOf(scope, key), cancellationToken).ConfigureAwait(false);
        return entity is null ? null : FromEntity(entity, owner, scope, key);
    }

    /// <summary>
    /// Stores <paramref name="candidate"/> unless the key is taken; returns whichever record owns the key now
    /// (the candidate itself when it won).
    /// </summary>
    public async Task<IdempotencyRecord> ReserveAsync(IdempotencyRecord candidate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        candidate = candidate with { ReceivedAt = StorageTime.Normalize(candidate.ReceivedAt) };
        var entity = new TableEntity(candidate.Owner, RowKeyOf(candidate.Scope, candidate.Key))
        {
            ["Scope"] = candidate.Scope,
            ["RequestSha256"] = candidate.RequestSha256,
            ["ResourceId"] = candidate.ResourceId,
            ["ReceivedAt"] = candidate.ReceivedAt,
        };
        if (await _keys.TryInsertAsync(entity, cancellationToken).ConfigureAwait(false))
        {
            return candidate;
        }

        return await FindAsync(candidate.Owner, candidate.Scope, candidate.Key, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("An idempotency key conflicted but cannot be read back.");
    }

    // Keys are client text: hashing makes any key a valid RowKey of fixed length.
    private static string RowKeyOf(string scope, string key) =>
        $"{scope}|{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))}";

    private static IdempotencyRecord FromEntity(TableEntity entity, string owner, string scope, string key) => new()
    {
        Owner = owner,
        Scope = scope,
        Key = key,
        RequestSha256 = entity.GetString("RequestSha256") ?? string.Empty,
        ResourceId = entity.GetString("ResourceId") ?? string.Empty,
        ReceivedAt = entity.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue,
    };
}
