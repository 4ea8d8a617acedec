namespace Ics2Port.Functions.Bulk;

using System.Globalization;
using Azure;
using Azure.Storage.Blobs.Models;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Storage.Layout;

/// <summary>
/// <c>results/{same name}.result.json</c>: the body exactly as the HTTP answer carries it, with the HTTP status and
/// the source blob's ETag as metadata, so a second run for the same version can tell it is done.
/// </summary>
public sealed class ResultFiles(BulkContainers containers)
{
    public const string StatusKey = "status";
    public const string SourceEtagKey = "sourceEtag";

    public async Task<WrittenResult?> FindAsync(string blobName, CancellationToken cancellationToken)
    {
        var properties = await containers.Blob(containers.Results, BulkContainers.ResultName(blobName)).GetPropertiesIfExistsAsync(cancellationToken);
        if (properties is null)
        {
            return null;
        }

        return new WrittenResult(
            properties.ETag,
            properties.Metadata.TryGetValue(SourceEtagKey, out var sourceEtag) ? sourceEtag : null,
            properties.Metadata.TryGetValue(StatusKey, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var status) ? status : null);
    }

    /// <summary>
    /// Writes the result of <paramref name="sourceEtag"/>, replacing <paramref name="previous"/> only if it is still
    /// the one there (a concurrent writer makes this throw, and the invocation is retried).
    /// </summary>
    public async Task WriteAsync(string blobName, ETag sourceEtag, ApiOutcome outcome, WrittenResult? previous, CancellationToken cancellationToken)
    {
        var body = outcome.Body ?? throw new InvalidOperationException($"The outcome {outcome.Status} has no body to write.");
        await containers.Blob(containers.Results, BulkContainers.ResultName(blobName)).UploadAsync(
            BinaryData.FromBytes(ApiJson.Serialize(body)),
            new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = ApiResult.JsonContentTypeOf(body) },
                Conditions = previous is null ? new BlobRequestConditions { IfNoneMatch = ETag.All } : new BlobRequestConditions { IfMatch = previous.ETag },
                Metadata = new Dictionary<string, string>
                {
                    [StatusKey] = outcome.Status.ToString(CultureInfo.InvariantCulture),
                    [SourceEtagKey] = sourceEtag.ToString(),
                },
            },
            cancellationToken);
    }
}
