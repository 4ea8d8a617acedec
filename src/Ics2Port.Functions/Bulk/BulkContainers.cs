namespace Ics2Port.Functions.Bulk;

using Ics2Port.Functions.Hosting;
using Ics2Port.Storage;
using Microsoft.Extensions.Options;

/// <summary>
/// The containers beside <c>inbound</c>: <c>results</c> (one <c>.result.json</c> per file) and <c>quarantine</c>
/// (files that could not be placed, with their <c>.error.json</c>), behind the storage name prefix like every
/// other container, and created once per process.
/// </summary>
public sealed class BulkContainers
{
    public const string ResultSuffix = ".result.json";
    public const string ErrorSuffix = ".error.json";

    private readonly Lock _gate = new();
    private Task? _created;

    public BulkContainers(StorageAccount account, IOptions<Ics2PortOptions> options)
    {
        Account = account;
        var prefix = options.Value.Storage.NamePrefix ?? string.Empty;
        Results = prefix + "results";
        Quarantine = prefix + "quarantine";
    }

    public StorageAccount Account { get; }

    public string Results { get; }

    public string Quarantine { get; }

    public static string ResultName(string blobName) => blobName + ResultSuffix;

    public static string ErrorName(string quarantinedName) => quarantinedName + ErrorSuffix;

    /// <summary>Creates both containers once; a failed attempt is forgotten so the next call tries again.</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_created is null || _created.IsFaulted || _created.IsCanceled)
            {
                _created = CreateAsync(cancellationToken);
            }

            return _created;
        }
    }

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        await Account.Blobs.CreateContainerIfNotExistsAsync(Results, cancellationToken);
        await Account.Blobs.CreateContainerIfNotExistsAsync(Quarantine, cancellationToken);
    }
}
