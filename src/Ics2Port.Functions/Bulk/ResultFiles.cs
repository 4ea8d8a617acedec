namespace Ics2Port.Functions.Bulk;

using System.Globalization;
using Azure;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Storage;

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
        await containers.EnsureCreatedAsync(cancellationToken);
        var properties = await containers.Account.Blobs.GetPropertiesAsync(containers.Results, BulkContainers.ResultName(blobName), cancellationToken);
        if (properties is null)
        {
            return null;
        }

        return new WrittenResult(
            properties.ETag,
            properties.Metadata.GetValueOrDefault(SourceEtagKey),
            int.TryParse(properties.Metadata.GetValueOrDefault(StatusKey), NumberStyles.None, CultureInfo.InvariantCulture, out var status) ? status : null);
    }

    /// <summary>
    /// Writes the result of <paramref name="sourceEtag"/>, replacing <paramref name="previous"/> only if it is still
    /// the one there (a concurrent writer makes this throw, and the invocation is retried).
    /// </summary>
    public async Task WriteAsync(string blobName, ETag sourceEtag, ApiOutcome outcome, WrittenResult? previous, CancellationToken cancellationToken)
    {
        var body = outcome.Body ?? throw new InvalidOperationException($"The outcome {outcome.Status} has no body to write.");
        await containers.EnsureCreatedAsync(cancellationToken);
        await containers.Account.Blobs.PutAsync(
            containers.Results,
            BulkContainers.ResultName(blobName),
            BinaryData.FromBytes(ApiJson.Serialize(body)),
            ApiResult.JsonContentTypeOf(body),
            previous is null ? BlobCondition.IfNotExists : BlobCondition.IfMatch(previous.ETag),
            new Dictionary<string, string>
            {
                [StatusKey] = outcome.Status.ToString(CultureInfo.InvariantCulture),
                [SourceEtagKey] = sourceEtag.ToString(),
            },
            cancellationToken);
    }
}
