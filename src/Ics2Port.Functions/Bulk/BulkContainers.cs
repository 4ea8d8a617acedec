namespace Ics2Port.Functions.Bulk;

using Azure.Storage.Blobs;
using Ics2Port.Storage.Layout;

/// <summary>
/// The containers beside <c>inbound</c>: <c>results</c> (one <c>.result.json</c> per file) and <c>quarantine</c>
/// (files that could not be placed, with their <c>.error.json</c>), behind the storage name prefix like every
/// other container of the <see cref="StorageLayout"/>.
/// </summary>
public sealed class BulkContainers(StorageLayout layout)
{
    public const string ResultSuffix = ".result.json";
    public const string ErrorSuffix = ".error.json";

    public BlobServiceClient Blobs => layout.Blobs;

    public string Results => layout.ResultsContainer;

    public string Quarantine => layout.QuarantineContainer;

    public static string ResultName(string blobName) => blobName + ResultSuffix;

    public static string ErrorName(string quarantinedName) => quarantinedName + ErrorSuffix;

    public BlobClient Blob(string container, string blobName) => layout.Blobs.GetBlobContainerClient(container).GetBlobClient(blobName);
}
