namespace Ics2Port.LocalHost.Triggers;

using Azure;
using Azure.Data.Tables;

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
        var row = await table.GetEntityIfExistsAsync<TableEntity>(functionName, StatusRow, cancellationToken: cancellationToken);
        return row.HasValue ? (row.Value!.GetDateTimeOffset("Last"), row.Value.GetDateTimeOffset("Next")) : (null, null);
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
        var found = await table.GetEntityIfExistsAsync<TableEntity>(functionName, StatusRow, cancellationToken: cancellationToken);
        var row = found.HasValue ? found.Value : null;
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
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return (false, previous);
        }
    }
}
