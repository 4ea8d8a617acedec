using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Ics2Port.Storage;

/// <summary>
/// The Blob operations Ics2Port uses: containers, block blobs with conditional writes, listing
/// and leases. Get one from <see cref="StorageAccount.Blobs"/>. Unexpected statuses throw
/// <see cref="RequestFailedException"/> with the service's error code.
/// </summary>
public sealed class BlobServiceClient
{
    private const string MetadataPrefix = "x-ms-meta-";

    private readonly string _endpoint;
    private readonly HttpPipeline _pipeline;

    internal BlobServiceClient(Uri endpoint, HttpPipeline pipeline)
    {
        _endpoint = endpoint.AbsoluteUri.TrimEnd('/');
        _pipeline = pipeline;
    }

    /// <summary>Creates the container unless it exists.</summary>
    /// <param name="container">The container name (lower-case letters, digits, hyphens; 3–63 characters).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the container exists.</returns>
    public async Task CreateContainerIfNotExistsAsync(string container, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Put, ContainerUri(container));
        message.Request.Uri.AppendQuery("restype", "container");

        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);

        if (response.Status != 201 && !(response.Status == 409 && StorageResponses.ErrorCode(response) == "ContainerAlreadyExists"))
        {
            throw Failure(response);
        }
    }

    /// <summary>Writes a block blob in one request.</summary>
    /// <param name="container">The container, which must exist.</param>
    /// <param name="blobName">The blob name; '/' separates virtual folders.</param>
    /// <param name="content">The bytes to store.</param>
    /// <param name="contentType">The content type to store with the blob.</param>
    /// <param name="condition">
    /// <see cref="BlobCondition.None"/> overwrites; <see cref="BlobCondition.IfNotExists"/> fails with 409 when the
    /// blob exists; <see cref="BlobCondition.IfMatch"/> fails with 412 when the ETag is stale.
    /// </param>
    /// <param name="metadata">Metadata to store; names must be valid C# identifiers, values ASCII.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new ETag and last-modified time.</returns>
    public async Task<BlobWriteResult> PutAsync(
        string container,
        string blobName,
        BinaryData content,
        string contentType,
        BlobCondition condition,
        IReadOnlyDictionary<string, string>? metadata = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        using var message = CreateMessage(RequestMethod.Put, BlobUri(container, blobName));
        var request = message.Request;
        request.Headers.SetValue("x-ms-blob-type", "BlockBlob");
        request.Headers.SetValue("Content-Type", contentType);
        if (condition.MustNotExist)
        {
            request.Headers.SetValue("If-None-Match", "*");
        }
        else if (condition.ExpectedETag is { } etag)
        {
            request.Headers.SetValue("If-Match", ETagHeader.Format(etag));
        }

        foreach (var (name, value) in metadata ?? new Dictionary<string, string>())
        {
            request.Headers.SetValue(MetadataPrefix + name, value);
        }

        request.Content = RequestContent.Create(content);

        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);

        return response.Status == 201
            ? new BlobWriteResult(StorageResponses.ETag(response), StorageResponses.LastModified(response))
            : throw Failure(response);
    }

    /// <summary>Downloads a blob with its properties and metadata.</summary>
    /// <param name="container">The container.</param>
    /// <param name="blobName">The blob name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The blob, or <see langword="null"/> when it (or its container) does not exist.</returns>
    public async Task<BlobDownload?> GetAsync(string container, string blobName, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Get, BlobUri(container, blobName));

        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);

        if (response.Status == 404)
        {
            return null;
        }

        if (response.Status != 200)
        {
            throw Failure(response);
        }

        return new BlobDownload(
            BinaryData.FromBytes(response.Content.ToArray()),
            response.Headers.ContentType ?? "application/octet-stream",
            StorageResponses.ETag(response),
            StorageResponses.LastModified(response),
            Metadata(response));
    }

    /// <summary>Reads a blob's properties and metadata without downloading it.</summary>
    /// <param name="container">The container.</param>
    /// <param name="blobName">The blob name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The properties, or <see langword="null"/> when the blob (or its container) does not exist.</returns>
    public async Task<BlobProperties?> GetPropertiesAsync(string container, string blobName, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Head, BlobUri(container, blobName));

        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);

        if (response.Status == 404)
        {
            return null;
        }

        if (response.Status != 200)
        {
            throw Failure(response);
        }

        return new BlobProperties(
            response.Headers.ContentLength ?? 0,
            response.Headers.ContentType ?? "application/octet-stream",
            StorageResponses.ETag(response),
            StorageResponses.LastModified(response),
            Metadata(response));
    }

    /// <summary>Lists the blobs of a container, flat (names keep their '/'), following continuation markers.</summary>
    /// <param name="container">The container.</param>
    /// <param name="prefix">Only blobs whose names start with this, e.g. <c>"manifests/2025/"</c>.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The blobs in name order.</returns>
    public IAsyncEnumerable<BlobItem> ListAsync(string container, string? prefix = null, CancellationToken cancellationToken = default) =>
        ListCoreAsync(container, prefix, pageSize: null, cancellationToken);

    /// <summary>Lists the blobs of a container asking for at most <paramref name="pageSize"/> per request.</summary>
    /// <param name="container">The container.</param>
    /// <param name="prefix">Only blobs whose names start with this.</param>
    /// <param name="pageSize">The most blobs per request (<c>maxresults</c>, 1–5000).</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The blobs in name order.</returns>
    public IAsyncEnumerable<BlobItem> ListAsync(string container, string? prefix, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 5000);
        return ListCoreAsync(container, prefix, pageSize, cancellationToken);
    }

    /// <summary>Deletes a blob.</summary>
    /// <param name="container">The container.</param>
    /// <param name="blobName">The blob name.</param>
    /// <param name="ifMatch">When given, delete only if the blob still has this ETag (else 412).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns><see langword="true"/> when deleted; <see langword="false"/> when there was no such blob.</returns>
    public async Task<bool> DeleteAsync(string container, string blobName, ETag? ifMatch = null, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Delete, BlobUri(container, blobName));
        if (ifMatch is { } etag)
        {
            message.Request.Headers.SetValue("If-Match", ETagHeader.Format(etag));
        }

        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);

        return response.Status switch
        {
            202 => true,
            404 => false,
            _ => throw Failure(response),
        };
    }

    /// <summary>Tries to take an exclusive lease on an existing blob.</summary>
    /// <param name="container">The container.</param>
    /// <param name="blobName">The blob name; the blob must exist.</param>
    /// <param name="duration">15–60 seconds, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The lease id, or <see langword="null"/> when someone else holds a lease.</returns>
    public async Task<string?> TryAcquireLeaseAsync(string container, string blobName, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var seconds = LeaseSeconds(duration);
        using var message = LeaseMessage(container, blobName, "acquire");
        message.Request.Headers.SetValue("x-ms-lease-duration", seconds);

        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);

        if (response.Status == 409 && StorageResponses.ErrorCode(response) == "LeaseAlreadyPresent")
        {
            return null;
        }

        return response.Status == 201 && response.Headers.TryGetValue("x-ms-lease-id", out var leaseId)
            ? leaseId
            : throw Failure(response);
    }

    /// <summary>Renews a lease this caller holds, restarting its duration.</summary>
    /// <param name="container">The container.</param>
    /// <param name="blobName">The blob name.</param>
    /// <param name="leaseId">The lease id from <see cref="TryAcquireLeaseAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the lease is renewed.</returns>
    public Task RenewLeaseAsync(string container, string blobName, string leaseId, CancellationToken cancellationToken = default) =>
        ChangeLeaseAsync(container, blobName, "renew", leaseId, cancellationToken);

    /// <summary>Releases a lease this caller holds, so another can acquire it at once.</summary>
    /// <param name="container">The container.</param>
    /// <param name="blobName">The blob name.</param>
    /// <param name="leaseId">The lease id from <see cref="TryAcquireLeaseAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the lease is released.</returns>
    public Task ReleaseLeaseAsync(string container, string blobName, string leaseId, CancellationToken cancellationToken = default) =>
        ChangeLeaseAsync(container, blobName, "release", leaseId, cancellationToken);

    private async IAsyncEnumerable<BlobItem> ListCoreAsync(
        string container,
        string? prefix,
        int? pageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var containerUri = ContainerUri(container);
        string? marker = null;
        do
        {
            BlobListPage page;
            using (var message = CreateMessage(RequestMethod.Get, containerUri))
            {
                var uri = message.Request.Uri;
                uri.AppendQuery("restype", "container");
                uri.AppendQuery("comp", "list");
                if (!string.IsNullOrEmpty(prefix))
                {
                    uri.AppendQuery("prefix", prefix);
                }

                if (marker is not null)
                {
                    uri.AppendQuery("marker", marker);
                }

                if (pageSize is { } size)
                {
                    uri.AppendQuery("maxresults", size.ToString(CultureInfo.InvariantCulture));
                }

                var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
                if (response.Status != 200)
                {
                    throw Failure(response);
                }

                page = BlobListPage.Parse(response.ContentStream!);
            }

            foreach (var item in page.Items)
            {
                yield return item;
            }

            marker = page.NextMarker;
        }
        while (marker is not null);
    }

    private async Task ChangeLeaseAsync(string container, string blobName, string action, string leaseId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(leaseId);
        using var message = LeaseMessage(container, blobName, action);
        message.Request.Headers.SetValue("x-ms-lease-id", leaseId);

        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);

        if (response.Status != 200)
        {
            throw Failure(response);
        }
    }

    private HttpMessage LeaseMessage(string container, string blobName, string action)
    {
        var message = CreateMessage(RequestMethod.Put, BlobUri(container, blobName));
        message.Request.Uri.AppendQuery("comp", "lease");
        message.Request.Headers.SetValue("x-ms-lease-action", action);
        return message;
    }

    private static string LeaseSeconds(TimeSpan duration)
    {
        if (duration == Timeout.InfiniteTimeSpan)
        {
            return "-1";
        }

        if (duration < TimeSpan.FromSeconds(15) || duration > TimeSpan.FromSeconds(60) || duration.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "A lease lasts 15 to 60 whole seconds, or is infinite.");
        }

        return ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, string> Metadata(Response response)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers)
        {
            if (header.Name.StartsWith(MetadataPrefix, StringComparison.OrdinalIgnoreCase))
            {
                metadata[header.Name[MetadataPrefix.Length..]] = header.Value;
            }
        }

        return metadata;
    }

    private HttpMessage CreateMessage(RequestMethod method, Uri uri)
    {
        var message = _pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(uri);
        return message;
    }

    private async ValueTask<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return message.Response;
    }

    private static RequestFailedException Failure(Response response) =>
        StorageResponses.Failure(response, BlobErrorParser.Instance);

    private Uri ContainerUri(string container)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(container);
        return new Uri($"{_endpoint}/{Uri.EscapeDataString(container)}");
    }

    // Each '/'-separated segment is escaped on its own so virtual folders stay folders.
    private Uri BlobUri(string container, string blobName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(container);
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        var segments = blobName.Split('/');
        if (segments.Any(segment => segment is "." or ".."))
        {
            // URIs collapse dot segments, so the request would reach a different blob.
            throw new ArgumentException($"Blob name '{blobName}' has a '.' or '..' segment.", nameof(blobName));
        }

        var escaped = string.Join('/', segments.Select(Uri.EscapeDataString));
        return new Uri($"{_endpoint}/{Uri.EscapeDataString(container)}/{escaped}");
    }
}
