using Azure;
using Azure.Data.Tables;

namespace Ics2Port.Storage.Layout;

/// <summary>Writes whose new ETag the caller keeps for its next conditional write.</summary>
internal static class TableWrites
{
    /// <summary>Inserts the entity; 409 when its keys are taken.</summary>
    public static async Task<ETag> InsertAsync(this TableClient table, ITableEntity entity, CancellationToken cancellationToken) =>
        ETagOf(await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false));

    /// <summary>Updates the entity if it still has <paramref name="ifMatch"/>; 412 when another writer came first.</summary>
    public static async Task<ETag> UpdateAsync(this TableClient table, ITableEntity entity, ETag ifMatch, TableUpdateMode mode, CancellationToken cancellationToken)
    {
        if (ifMatch == default)
        {
            throw new ArgumentException("An update needs the ETag read before.", nameof(ifMatch));
        }

        return ETagOf(await table.UpdateEntityAsync(entity, ifMatch, mode, cancellationToken).ConfigureAwait(false));
    }

    private static ETag ETagOf(Response response) =>
        response.Headers.ETag ?? throw new InvalidOperationException($"The table response ({response.Status}) has no ETag header.");
}
