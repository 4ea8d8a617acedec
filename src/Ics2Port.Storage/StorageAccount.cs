using Azure.Core;

namespace Ics2Port.Storage;

/// <summary>
/// Entry point to one storage account: a <see cref="BlobServiceClient"/> and a
/// <see cref="TableServiceClient"/>, each with its own pipeline. Create one and share it.
/// </summary>
public sealed class StorageAccount
{
    private StorageAccount(StorageEndpoints endpoints, BlobServiceClient blobs, TableServiceClient tables)
    {
        Endpoints = endpoints;
        Blobs = blobs;
        Tables = tables;
    }

    /// <summary>
    /// Creates an account authorized with a token credential (scope
    /// <c>https://storage.azure.com/.default</c>). Bearer tokens require HTTPS endpoints.
    /// </summary>
    /// <param name="endpoints">The account's endpoints.</param>
    /// <param name="credential">The credential, e.g. a managed identity.</param>
    /// <param name="options">Pipeline options; defaults when <see langword="null"/>.</param>
    public StorageAccount(StorageEndpoints endpoints, TokenCredential credential, StorageClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(credential);
        options ??= new StorageClientOptions();
        Endpoints = endpoints;
        Blobs = new BlobServiceClient(endpoints.BlobEndpoint, StoragePipelines.Blob(options, credential));
        Tables = new TableServiceClient(endpoints.TableEndpoint, StoragePipelines.Table(options, credential));
    }

    /// <summary>The account's endpoints.</summary>
    public StorageEndpoints Endpoints { get; }

    /// <summary>The Blob service.</summary>
    public BlobServiceClient Blobs { get; }

    /// <summary>The Table service.</summary>
    public TableServiceClient Tables { get; }

    /// <summary>
    /// Creates an account authorized with Shared Key from a connection string that carries
    /// <c>AccountKey</c> (or <c>UseDevelopmentStorage=true</c>): for Azurite and development.
    /// </summary>
    /// <param name="connectionString">The connection string.</param>
    /// <param name="options">Pipeline options; defaults when <see langword="null"/>.</param>
    /// <returns>The account.</returns>
    /// <exception cref="FormatException">The connection string is malformed or has no account key.</exception>
    public static StorageAccount FromConnectionString(string connectionString, StorageClientOptions? options = null)
    {
        var parsed = StorageConnectionString.Parse(connectionString);
        if (parsed.AccountKey is null)
        {
            throw new FormatException(
                "The connection string has no AccountKey; use the TokenCredential constructor for keyless access.");
        }

        options ??= new StorageClientOptions();
        var endpoints = parsed.Endpoints;
        var credential = new StorageSharedKeyCredential(endpoints.AccountName, parsed.AccountKey);
        return new StorageAccount(
            endpoints,
            new BlobServiceClient(endpoints.BlobEndpoint, StoragePipelines.Blob(options, credential)),
            new TableServiceClient(endpoints.TableEndpoint, StoragePipelines.Table(options, credential)));
    }
}
