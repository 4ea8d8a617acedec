using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Ics2Port.Storage;

/// <summary>
/// The Table operations Ics2Port uses: tables, entity insert/upsert/conditional update/delete,
/// point reads and paged queries. Get one from <see cref="StorageAccount.Tables"/>. Unexpected
/// statuses throw <see cref="RequestFailedException"/> with the OData error code.
/// </summary>
public sealed class TableServiceClient
{
    private static readonly RequestMethod Merge = new("MERGE");

    private readonly string _endpoint;
    private readonly HttpPipeline _pipeline;

    internal TableServiceClient(Uri endpoint, HttpPipeline pipeline)
    {
        _endpoint = endpoint.AbsoluteUri.TrimEnd('/');
        _pipeline = pipeline;
    }

    /// <summary>Creates the table unless it exists.</summary>
    /// <param name="table">The table name (letters and digits, starting with a letter; 3–63 characters).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the table exists.</returns>
    public async Task CreateTableIfNotExistsAsync(string table, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        using var message = CreateMessage(RequestMethod.Post, new Uri(_endpoint + "/Tables"));
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        message.Request.Headers.SetValue("Content-Type", "application/json");
        message.Request.Content = RequestContent.Create(BinaryData.FromObjectAsJson(new Dictionary<string, string> { ["TableName"] = table }));

        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);

        if (response.Status is not (201 or 204) && !(response.Status == 409 && ErrorCode(response) == "TableAlreadyExists"))
        {
            throw Failure(response);
        }
    }

    /// <summary>Inserts a new entity.</summary>
    /// <param name="table">The table.</param>
    /// <param name="entity">The entity.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new entity's ETag.</returns>
    /// <exception cref="RequestFailedException">409 <c>EntityAlreadyExists</c> when the keys are taken.</exception>
    public async Task<ETag> InsertAsync(string table, TableEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        ArgumentNullException.ThrowIfNull(entity);
        using var message = CreateMessage(RequestMethod.Post, TableUri(table, string.Empty));
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        SetBody(message, entity);

        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);

        return response.Status is 201 or 204 ? StorageResponses.ETag(response) : throw Failure(response);
    }

    /// <summary>Inserts the entity, or updates it unconditionally when it exists.</summary>
    /// <param name="table">The table.</param>
    /// <param name="entity">The entity.</param>
    /// <param name="mode"><see cref="TableUpdateMode.Merge"/> keeps stored properties the entity lacks; <see cref="TableUpdateMode.Replace"/> drops them.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The entity's new ETag.</returns>
    public Task<ETag> UpsertAsync(string table, TableEntity entity, TableUpdateMode mode, CancellationToken cancellationToken = default) =>
        WriteAsync(table, entity, ifMatch: null, mode, cancellationToken);

    /// <summary>Updates an existing entity only if it still has <paramref name="ifMatch"/>.</summary>
    /// <param name="table">The table.</param>
    /// <param name="entity">The entity.</param>
    /// <param name="ifMatch">The ETag read before, or <see cref="ETag.All"/> to require only existence.</param>
    /// <param name="mode"><see cref="TableUpdateMode.Merge"/> keeps stored properties the entity lacks; <see cref="TableUpdateMode.Replace"/> drops them.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The entity's new ETag.</returns>
    /// <exception cref="RequestFailedException">412 <c>UpdateConditionNotSatisfied</c> on a stale ETag; 404 when absent.</exception>
    public Task<ETag> UpdateAsync(string table, TableEntity entity, ETag ifMatch, TableUpdateMode mode, CancellationToken cancellationToken = default)
    {
        if (ifMatch == default)
        {
            throw new ArgumentException("An update needs the ETag read before, or ETag.All.", nameof(ifMatch));
        }

        return WriteAsync(table, entity, ifMatch, mode, cancellationToken);
    }

    /// <summary>Reads one entity by its keys.</summary>
    /// <param name="table">The table.</param>
    /// <param name="partitionKey">The partition key.</param>
    /// <param name="rowKey">The row key.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The entity with its ETag and timestamp, or <see langword="null"/> when it (or the table) does not exist.</returns>
    public async Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Get, EntityUri(table, partitionKey, rowKey));

        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);

        if (response.Status == 404)
        {
            return null;
        }

        if (response.Status != 200)
        {
            throw Failure(response);
        }

        using var document = JsonDocument.Parse(response.Content.ToMemory());
        var entity = TableEntityJson.Read(document.RootElement);
        if (response.Headers.ETag is { } etag)
        {
            entity.ETag = etag;
        }

        return entity;
    }

    /// <summary>Queries entities, following continuation tokens across pages (including empty ones).</summary>
    /// <param name="table">The table.</param>
    /// <param name="filter">An OData filter built with <see cref="TableFilter.Create"/>; <see langword="null"/> for all entities.</param>
    /// <param name="pageSize">The most entities per request (<c>$top</c>, 1–1000); the service default when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The matching entities in key order.</returns>
    public IAsyncEnumerable<TableEntity> QueryAsync(string table, string? filter = null, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        if (pageSize is { } size)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(size, 1, nameof(pageSize));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(size, 1000, nameof(pageSize));
        }

        return QueryCoreAsync(table, filter, pageSize, cancellationToken);
    }

    /// <summary>Deletes an entity.</summary>
    /// <param name="table">The table.</param>
    /// <param name="partitionKey">The partition key.</param>
    /// <param name="rowKey">The row key.</param>
    /// <param name="ifMatch">Delete only if the entity still has this ETag (else 412); any version when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns><see langword="true"/> when deleted; <see langword="false"/> when there was no such entity.</returns>
    public async Task<bool> DeleteAsync(string table, string partitionKey, string rowKey, ETag? ifMatch = null, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Delete, EntityUri(table, partitionKey, rowKey));
        message.Request.Headers.SetValue("If-Match", ifMatch is { } etag ? ETagHeader.Format(etag) : "*");

        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);

        return response.Status switch
        {
            204 => true,
            404 => false,
            _ => throw Failure(response),
        };
    }

    private async Task<ETag> WriteAsync(string table, TableEntity entity, ETag? ifMatch, TableUpdateMode mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var method = mode switch
        {
            TableUpdateMode.Merge => Merge,
            TableUpdateMode.Replace => RequestMethod.Put,
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
        };
        using var message = CreateMessage(method, EntityUri(table, entity.PartitionKey, entity.RowKey));
        if (ifMatch is { } etag)
        {
            message.Request.Headers.SetValue("If-Match", ETagHeader.Format(etag));
        }

        SetBody(message, entity);

        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);

        return response.Status == 204 ? StorageResponses.ETag(response) : throw Failure(response);
    }

    private async IAsyncEnumerable<TableEntity> QueryCoreAsync(
        string table,
        string? filter,
        int? pageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var tableUri = TableUri(table, "()");
        (string PartitionKey, string? RowKey)? next = null;
        do
        {
            List<TableEntity> page;
            using (var message = CreateMessage(RequestMethod.Get, tableUri))
            {
                var uri = message.Request.Uri;
                if (!string.IsNullOrEmpty(filter))
                {
                    uri.AppendQuery("$filter", filter);
                }

                if (pageSize is { } size)
                {
                    uri.AppendQuery("$top", size.ToString(CultureInfo.InvariantCulture));
                }

                if (next is var (nextPartitionKey, nextRowKey))
                {
                    uri.AppendQuery("NextPartitionKey", nextPartitionKey);
                    if (nextRowKey is not null)
                    {
                        uri.AppendQuery("NextRowKey", nextRowKey);
                    }
                }

                var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
                if (response.Status != 200)
                {
                    throw Failure(response);
                }

                page = ReadPage(response);
                next = response.Headers.TryGetValue("x-ms-continuation-NextPartitionKey", out var partitionKey)
                    ? (partitionKey, response.Headers.TryGetValue("x-ms-continuation-NextRowKey", out var rowKey) ? rowKey : null)
                    : null;
            }

            foreach (var entity in page)
            {
                yield return entity;
            }
        }
        while (next is not null);
    }

    private static List<TableEntity> ReadPage(Response response)
    {
        using var document = JsonDocument.Parse(response.Content.ToMemory());
        var entities = new List<TableEntity>();
        foreach (var item in document.RootElement.GetProperty("value").EnumerateArray())
        {
            entities.Add(TableEntityJson.Read(item));
        }

        return entities;
    }

    private static void SetBody(HttpMessage message, TableEntity entity)
    {
        message.Request.Headers.SetValue("Content-Type", "application/json");
        message.Request.Content = RequestContent.Create(TableEntityJson.Write(entity));
    }

    private HttpMessage CreateMessage(RequestMethod method, Uri uri)
    {
        var message = _pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(uri);
        message.Request.Headers.SetValue("Accept", "application/json;odata=minimalmetadata");
        message.Request.Headers.SetValue("DataServiceVersion", "3.0");
        message.Request.Headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
        return message;
    }

    private async ValueTask<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return message.Response;
    }

    private static RequestFailedException Failure(Response response) =>
        StorageResponses.Failure(response, TableErrorParser.Instance);

    private static string? ErrorCode(Response response) =>
        TableErrorParser.Instance.TryParse(response, out var error, out _) ? error?.Code : null;

    private Uri TableUri(string table, string suffix) =>
        new($"{_endpoint}/{Uri.EscapeDataString(table)}{suffix}");

    // Key values are OData string literals: quotes doubled, then percent-encoded into the path.
    private Uri EntityUri(string table, string partitionKey, string rowKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(rowKey);
        return TableUri(table, $"(PartitionKey='{KeyLiteral(partitionKey)}',RowKey='{KeyLiteral(rowKey)}')");
    }

    private static string KeyLiteral(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));
}
