namespace Ics2Port.LocalHost.Triggers;

using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Ics2Port.Storage;
using Ics2Port.Storage.Layout;

/// <summary>
/// Blob receipts like the host's (<c>azure-webjobs-hosts/blobreceipts/…/{etag}/{blob}</c>), one table row per
/// function and blob version: partition = function name, row = SHA-256 of <c>container/blob</c> and ETag.
/// A create-only insert (or an <c>If-Match</c> update of a failed or expired row) is the claim, so two hosts
/// never run the same attempt; <c>Completed</c> is written only after a successful invocation.
/// </summary>
internal sealed class BlobReceiptStore(TableClient table, string owner, TimeProvider time)
{
    private const string Claimed = "Claimed";
    private const string Failed = "Failed";
    private const string Completed = "Completed";
    private const string Poisoned = "Poisoned";
    private const int MaxErrorLength = 16_000;

    public static string RowKey(string container, string blobName, ETag etag) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{container}/{blobName}\n{etag}")));

    public async Task<(ClaimOutcome Outcome, BlobClaim? Claim)> TryClaimAsync(
        string functionName,
        string container,
        string blobName,
        ETag blobETag,
        int maxAttempts,
        TimeSpan claimFor,
        CancellationToken cancellationToken)
    {
        var rowKey = RowKey(container, blobName, blobETag);
        var row = await table.FindAsync(functionName, rowKey, cancellationToken);
        var now = time.GetUtcNow();
        if (row is null)
        {
            var created = Row(functionName, rowKey, container, blobName, blobETag, Claimed, attempts: 1, lastError: null);
            created["ClaimExpiresAt"] = now + claimFor;
            try
            {
                var response = await table.AddEntityAsync(created, cancellationToken);
                return (ClaimOutcome.Claimed, new BlobClaim(functionName, container, blobName, blobETag, 1, false, null, rowKey, response.Headers.ETag!.Value));
            }
            catch (RequestFailedException e) when (StorageErrors.IsConflict(e))
            {
                return (ClaimOutcome.Busy, null);
            }
        }

        var status = row.GetString("Status");
        if (status is Completed or Poisoned)
        {
            return (ClaimOutcome.Finished, null);
        }

        if (status == Claimed && row.GetDateTimeOffset("ClaimExpiresAt") > now)
        {
            return (ClaimOutcome.Busy, null);
        }

        // A failed attempt, or a claim whose host died: take it over and count one more attempt.
        var attempts = row.GetInt32("Attempts") ?? 0;
        var exhausted = attempts >= maxAttempts;
        var attempt = exhausted ? attempts : attempts + 1;
        var lastError = row.GetString("LastError");
        var update = Row(functionName, rowKey, container, blobName, blobETag, Claimed, attempt, lastError);
        update["ClaimExpiresAt"] = now + claimFor;
        try
        {
            var response = await table.UpdateEntityAsync(update, row.ETag, TableUpdateMode.Replace, cancellationToken);
            return (ClaimOutcome.Claimed, new BlobClaim(functionName, container, blobName, blobETag, attempt, exhausted, lastError, rowKey, response.Headers.ETag!.Value));
        }
        catch (RequestFailedException e) when (StorageErrors.IsPreconditionFailed(e))
        {
            return (ClaimOutcome.Busy, null);
        }
    }

    public Task<bool> CompleteAsync(BlobClaim claim, CancellationToken cancellationToken) =>
        WriteAsync(claim, Completed, claim.LastError, cancellationToken);

    public Task<bool> FailAsync(BlobClaim claim, string error, CancellationToken cancellationToken) =>
        WriteAsync(claim, Failed, error.Length > MaxErrorLength ? error[..MaxErrorLength] : error, cancellationToken);

    public Task<bool> PoisonedAsync(BlobClaim claim, CancellationToken cancellationToken) =>
        WriteAsync(claim, Poisoned, claim.LastError, cancellationToken);

    /// <summary>Writes the outcome if this host still holds the claim; false when another took it over.</summary>
    private async Task<bool> WriteAsync(BlobClaim claim, string status, string? lastError, CancellationToken cancellationToken)
    {
        var row = Row(claim.FunctionName, claim.RowKey, claim.Container, claim.BlobName, claim.BlobETag, status, claim.Attempt, lastError);
        row["FinishedAt"] = time.GetUtcNow();
        try
        {
            await table.UpdateEntityAsync(row, claim.RowETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (StorageErrors.IsPreconditionFailed(e))
        {
            return false;
        }
    }

    private TableEntity Row(string functionName, string rowKey, string container, string blobName, ETag blobETag, string status, int attempts, string? lastError) =>
        new(functionName, rowKey)
        {
            ["BlobPath"] = $"{container}/{blobName}",
            ["BlobETag"] = blobETag.ToString(),
            ["Status"] = status,
            ["Attempts"] = attempts,
            ["LastError"] = lastError,
            ["Owner"] = owner,
        };
}
