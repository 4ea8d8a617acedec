using System.Text.RegularExpressions;

namespace Ics2Port.Storage.Layout;

/// <summary>
/// The tables and blob containers the stores use, optionally behind a prefix so that several
/// deployments or test runs can share one account, and their one-time creation.
/// </summary>
public sealed partial class StorageLayout
{
    private readonly StorageAccount _account;
    private readonly Lock _gate = new();
    private Task? _created;

    /// <summary>Names every table and container with <paramref name="prefix"/> (see <see cref="IsValidPrefix"/>).</summary>
    public StorageLayout(StorageAccount account, string? prefix = null)
    {
        prefix ??= string.Empty;
        if (!IsValidPrefix(prefix))
        {
            throw new ArgumentException($"Storage name prefix '{prefix}' must be up to 40 lower-case letters or digits starting with a letter.", nameof(prefix));
        }

        _account = account;
        PortCallsTable = prefix + "PortCalls";
        PortCallOwnersTable = prefix + "PortCallOwners";
        DocumentVersionsTable = prefix + "DocumentVersions";
        PermitsTable = prefix + "Permits";
        IdempotencyTable = prefix + "IdempotencyKeys";
        OutagesTable = prefix + "Outages";
        FallbackIntakeTable = prefix + "FallbackIntake";
        DocumentsContainer = prefix + "documents";
        PermitsContainer = prefix + "permits";
        FallbackContainer = prefix + "fallback";
    }

    /// <summary>
    /// True for an empty prefix or up to 40 lower-case letters and digits starting with a letter: with it every
    /// name stays a valid table name (letters and digits) and container name (lower case), within 63 characters.
    /// </summary>
    public static bool IsValidPrefix(string? prefix) => string.IsNullOrEmpty(prefix) || PrefixPattern().IsMatch(prefix);

    /// <summary>The account the stores talk to.</summary>
    public StorageAccount Account => _account;

    /// <summary>Port calls by agent: PartitionKey agent id, RowKey port call id.</summary>
    public string PortCallsTable { get; }

    /// <summary>The owner of each port call: PartitionKey port call id, RowKey <c>owner</c>.</summary>
    public string PortCallOwnersTable { get; }

    /// <summary>Every accepted document version: PartitionKey port call id, RowKey <c>{direction}|{type}|{inverted version}</c>.</summary>
    public string DocumentVersionsTable { get; }

    /// <summary>Permit applications: PartitionKey permit id, RowKey <c>permit</c>.</summary>
    public string PermitsTable { get; }

    /// <summary>Idempotency keys: PartitionKey principal, RowKey <c>{scope}|{sha256 of the key}</c>.</summary>
    public string IdempotencyTable { get; }

    /// <summary>Port-system availability: PartitionKey <c>port-system</c>, RowKey <c>status</c> (the current state) or <c>outage|{outageId}</c>.</summary>
    public string OutagesTable { get; }

    /// <summary>E-mails taken in by the fallback inbox: PartitionKey <c>intake</c>, RowKey the SHA-256 of the e-mail's Message-ID.</summary>
    public string FallbackIntakeTable { get; }

    /// <summary>Raw document bodies: <c>{agentId}/{portCallId}/{direction}/{type}/{sha256}.{ext}</c>.</summary>
    public string DocumentsContainer { get; }

    /// <summary>Raw permit applications: <c>{agentId}/{portCallId}/{permitId}.json</c>.</summary>
    public string PermitsContainer { get; }

    /// <summary>The fallback workflow's lock blob (<c>locks/…</c>) and the e-mails of the fallback inbox (<c>inbox/{intakeId}/…</c>).</summary>
    public string FallbackContainer { get; }

    /// <summary>
    /// Creates the tables and containers once per process; a failed attempt is forgotten so the
    /// next call tries again (storage may come up after the app).
    /// </summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_created is null || _created.IsFaulted || _created.IsCanceled)
            {
                _created = CreateAllAsync(cancellationToken);
            }

            return _created;
        }
    }

    private async Task CreateAllAsync(CancellationToken cancellationToken)
    {
        foreach (var table in new[] { PortCallsTable, PortCallOwnersTable, DocumentVersionsTable, PermitsTable, IdempotencyTable, OutagesTable, FallbackIntakeTable })
        {
            await _account.Tables.CreateTableIfNotExistsAsync(table, cancellationToken).ConfigureAwait(false);
        }

        foreach (var container in new[] { DocumentsContainer, PermitsContainer, FallbackContainer })
        {
            await _account.Blobs.CreateContainerIfNotExistsAsync(container, cancellationToken).ConfigureAwait(false);
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9]{0,39}$")]
    private static partial Regex PrefixPattern();
}
