namespace Ics2Port.Storage;

/// <summary>
/// Where the Blob and Table services of one storage account live, and the account's name.
/// </summary>
public sealed class StorageEndpoints
{
    /// <summary>Creates endpoints from explicit URIs.</summary>
    /// <param name="blobEndpoint">The Blob service endpoint, e.g. <c>https://acct.blob.core.windows.net/</c> or <c>http://127.0.0.1:10000/devstoreaccount1</c>.</param>
    /// <param name="tableEndpoint">The Table service endpoint.</param>
    /// <param name="accountName">The storage account name.</param>
    public StorageEndpoints(Uri blobEndpoint, Uri tableEndpoint, string accountName)
    {
        ArgumentNullException.ThrowIfNull(blobEndpoint);
        ArgumentNullException.ThrowIfNull(tableEndpoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        if (!blobEndpoint.IsAbsoluteUri || !tableEndpoint.IsAbsoluteUri)
        {
            throw new ArgumentException("Storage endpoints must be absolute URIs.");
        }

        BlobEndpoint = blobEndpoint;
        TableEndpoint = tableEndpoint;
        AccountName = accountName;
    }

    /// <summary>The Blob service endpoint.</summary>
    public Uri BlobEndpoint { get; }

    /// <summary>The Table service endpoint.</summary>
    public Uri TableEndpoint { get; }

    /// <summary>The storage account name.</summary>
    public string AccountName { get; }

    /// <summary>
    /// Parses a storage connection string: <c>UseDevelopmentStorage=true</c>, or
    /// <c>AccountName</c> with <c>DefaultEndpointsProtocol</c>/<c>EndpointSuffix</c>, and/or explicit
    /// <c>BlobEndpoint</c>/<c>TableEndpoint</c>. Any account key is ignored here.
    /// </summary>
    /// <param name="connectionString">The connection string.</param>
    /// <returns>The endpoints it names.</returns>
    /// <exception cref="FormatException">The connection string is malformed or names no endpoint.</exception>
    public static StorageEndpoints Parse(string connectionString) =>
        StorageConnectionString.Parse(connectionString).Endpoints;
}
