namespace Ics2Port.LocalHost.Triggers;

using Azure;
using Azure.Data.Tables;
using Ics2Port.Storage;
using Ics2Port.Storage.Layout;

/// <summary>
/// The schedule status the host keeps for a monitored timer (<c>Last</c>, <c>Next</c>, <c>LastUpdated</c>), one
/// row per timer function. Moving <c>Last</c> forward with a create-only insert or an <c>If-Match</c> update is
/// also the claim on an occurrence, so two hosts never both run it (the host's singleton timer lock).
/// </summary>
internal sealed class TimerStatusStore(TableClient table, string owner, TimeProvider time)
{
    private const string StatusRow = "timer-status";

    public async Task<(DateTimeOffset? Last, DateTimeOffset? Next)> ReadAsync(string functionName, CancellationToken cancellationToken)
    {
        var row = await table.FindAsync(functionName, StatusRow, cancellationToken);
        return (row?.GetDateTimeOffset("Last"), row?.GetDateTimeOffset("Next"));
    }

    /// <summary>
    /// Claims <paramref name="occurrence"/> for this host and records <paramref name="next"/> as the one to come.
    /// Returns whether it is ours, and the occurrence run before it (null the first time).
    /// </summary>
    public async Task<(bool Claimed, DateTimeOffset? PreviousLast)> TryClaimAsync(
        string functionName,
        DateTimeOffset occurrence,
        DateTimeOffset next,
        CancellationToken cancellationToken)
    {
        var row = await table.FindAsync(functionName, StatusRow, cancellationToken);
        var previous = row?.GetDateTimeOffset("Last");
        if (previous >= occurrence)
        {
            return (false, previous);
        }

        var status = new TableEntity(functionName, StatusRow)
        {
            ["Last"] = occurrence,
            ["Next"] = next,
            ["LastUpdated"] = time.GetUtcNow(),
            ["Owner"] = owner,
        };
        try
        {
            if (row is null)
            {
                await table.AddEntityAsync(status, cancellationToken);
            }
            else
            {
                await table.UpdateEntityAsync(status, row.ETag, TableUpdateMode.Replace, cancellationToken);
            }

            return (true, previous);
        }
        catch (RequestFailedException e) when (StorageErrors.IsConflict(e) || StorageErrors.IsPreconditionFailed(e))
        {
            return (false, previous);
        }
    }
}
