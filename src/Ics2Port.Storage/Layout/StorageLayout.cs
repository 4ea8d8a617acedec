using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Ics2Port.Storage.Layout;

/// <summary>
/// The tables and blob containers the app uses, optionally behind a prefix so that several deployments or
/// test runs can share one account, the service clients they live on, and their one-time creation. In Azure the
/// infrastructure creates them; locally <see cref="CreateAllAsync"/> does, once at start-up. The names come from
/// <c>infra/storage-layout.json</c>, embedded in this assembly; the infrastructure template loads the same file.
/// </summary>
public sealed partial class StorageLayout
{
    private const string NamesResource = "Ics2Port.Storage.Layout.storage-layout.json";

    private static readonly Lazy<LayoutNames> Names = new(ReadNames);

    /// <summary>Names every table and container with <paramref name="prefix"/> (see <see cref="IsValidPrefix"/>).</summary>
    /// <param name="blobs">The Blob service the containers live in.</param>
    /// <param name="tables">The Table service the tables live in.</param>
    /// <param name="prefix">The name prefix; none when <see langword="null"/> or empty.</param>
    public StorageLayout(BlobServiceClient blobs, TableServiceClient tables, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentNullException.ThrowIfNull(tables);
        prefix ??= string.Empty;
        if (!IsValidPrefix(prefix))
        {
            throw new ArgumentException($"Storage name prefix '{prefix}' must be up to 40 lower-case letters or digits starting with a letter.", nameof(prefix));
        }

        Blobs = blobs;
        Tables = tables;
        var names = Names.Value;
        PortCallsTable = prefix + names.Tables["portCalls"];
        PortCallOwnersTable = prefix + names.Tables["portCallOwners"];
        DocumentVersionsTable = prefix + names.Tables["documentVersions"];
        PermitsTable = prefix + names.Tables["permits"];
        IdempotencyTable = prefix + names.Tables["idempotencyKeys"];
        OutagesTable = prefix + names.Tables["outages"];
        FallbackIntakeTable = prefix + names.Tables["fallbackIntake"];
        SuppliesTable = prefix + names.Tables["supplies"];
        DeliveryIndexTable = prefix + names.Tables["deliveryIndex"];
        ManifestEndorsementsTable = prefix + names.Tables["manifestEndorsements"];
        DocumentsContainer = prefix + names.Containers["documents"];
        PermitsContainer = prefix + names.Containers["permits"];
        FallbackContainer = prefix + names.Containers["fallback"];
        // The blob trigger's path names it, so it keeps its name whatever the prefix.
        InboundContainer = names.Containers["inbound"];
        ResultsContainer = prefix + names.Containers["results"];
        QuarantineContainer = prefix + names.Containers["quarantine"];
        SuppliesContainer = prefix + names.Containers["supplies"];
        TableNames = [PortCallsTable, PortCallOwnersTable, DocumentVersionsTable, PermitsTable, IdempotencyTable, OutagesTable, FallbackIntakeTable, DeliveryIndexTable, ManifestEndorsementsTable, SuppliesTable];
        ContainerNames = [DocumentsContainer, PermitsContainer, FallbackContainer, InboundContainer, ResultsContainer, QuarantineContainer, SuppliesContainer];
    }

    /// <summary>
    /// True for an empty prefix or up to 40 lower-case letters and digits starting with a letter: with it every
    /// name stays a valid table name (letters and digits) and container name (lower case), within 63 characters.
    /// </summary>
    /// <param name="prefix">The prefix to check.</param>
    /// <returns>Whether the prefix can be used.</returns>
    public static bool IsValidPrefix(string? prefix) => string.IsNullOrEmpty(prefix) || PrefixPattern().IsMatch(prefix);

    /// <summary>The Blob service of the account.</summary>
    public BlobServiceClient Blobs { get; }

    /// <summary>The Table service of the account.</summary>
    public TableServiceClient Tables { get; }

    /// <summary>Port calls by agent: PartitionKey agent id, RowKey port call id.</summary>
    public string PortCallsTable { get; }

    /// <summary>The owner of each port call: PartitionKey port call id, RowKey <c>owner</c>.</summary>
    public string PortCallOwnersTable { get; }

    /// <summary>
    /// Every accepted document version: PartitionKey port call id, RowKey <c>{direction}|{type}|{inverted version}</c>; and
    /// the port call's head in the same partition, RowKey <c>head</c>, committed with each new version in one transaction.
    /// </summary>
    public string DocumentVersionsTable { get; }

    /// <summary>Permit applications: PartitionKey permit id, RowKey <c>permit</c>.</summary>
    public string PermitsTable { get; }

    /// <summary>Idempotency keys: PartitionKey principal, RowKey <c>{scope}|{sha256 of the key}</c>.</summary>
    public string IdempotencyTable { get; }

    /// <summary>Port-system availability: PartitionKey <c>port-system</c>, RowKey <c>status</c> (the current state) or <c>outage|{outageId}</c>.</summary>
    public string OutagesTable { get; }

    /// <summary>E-mails taken in by the fallback inbox: PartitionKey <c>intake</c>, RowKey the SHA-256 of the e-mail's Message-ID.</summary>
    public string FallbackIntakeTable { get; }

    /// <summary>
    /// Every accepted version of every ship supply and of its proof of loading: PartitionKey port call id,
    /// RowKey <c>{supply|loading}|{supplyId}|{inverted version}</c>, as <see cref="DocumentVersionsTable"/> keeps documents.
    /// </summary>
    public string SuppliesTable { get; }

    /// <summary>The port calls the fallback timer visits: PartitionKey <c>open</c>, RowKey port call id.</summary>
    public string DeliveryIndexTable { get; }

    /// <summary>Customs' endorsements of manifest versions (STATUS-ENDORSE): PartitionKey the port call id, RowKey <c>{direction}-manifest-{version}</c>, written once.</summary>
    public string ManifestEndorsementsTable { get; }

    /// <summary>Raw document bodies too large to keep inline on their version row: <c>{agentId}/{portCallId}/{direction}/{type}/{sha256}.{ext}</c>.</summary>
    public string DocumentsContainer { get; }

    /// <summary>Raw permit applications: <c>{agentId}/{portCallId}/{permitId}.json</c>.</summary>
    public string PermitsContainer { get; }

    /// <summary>The fallback workflow's lock blob (<c>locks/…</c>) and the e-mails of the fallback inbox (<c>inbox/{intakeId}/…</c>).</summary>
    public string FallbackContainer { get; }

    /// <summary>Bulk files dropped by agents: <c>{agentId}/{portCallId}/…</c>, watched by the blob trigger; never prefixed.</summary>
    public string InboundContainer { get; }

    /// <summary>The answer to each bulk file: its name + <c>.result.json</c>.</summary>
    public string ResultsContainer { get; }

    /// <summary>Bulk files that could not be placed, each with its <c>.error.json</c>.</summary>
    public string QuarantineContainer { get; }

    /// <summary>Raw supply and loading-proof bodies: <c>{supplierId}/{portCallId}/{supply|loading}/{supplyId}/{sha256}.json</c>.</summary>
    public string SuppliesContainer { get; }

    /// <summary>Every table above, in the order they are listed.</summary>
    public IReadOnlyList<string> TableNames { get; }

    /// <summary>Every container above, in the order they are listed.</summary>
    public IReadOnlyList<string> ContainerNames { get; }

    /// <summary>The most entities a store asks for per query page; the service's default (1,000) when null. Tests set it to see paging.</summary>
    internal int? QueryPageSize { get; init; }

    /// <summary>The heads of <see cref="DocumentVersionsTable"/> this process last read or wrote, shared by every store on this layout.</summary>
    internal Heads.HeadCache Heads { get; } = new();

    /// <summary>Creates every table and container that does not exist yet, all at once; those that exist are left as they are.</summary>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>A task that completes when all exist.</returns>
    public Task CreateAllAsync(CancellationToken cancellationToken = default) =>
        Task.WhenAll(
            TableNames.Select(table => (Task)Tables.CreateTableIfNotExistsAsync(table, cancellationToken))
                .Concat(ContainerNames.Select(container => Blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken))));

    private static LayoutNames ReadNames()
    {
        using var json = typeof(StorageLayout).Assembly.GetManifestResourceStream(NamesResource)
            ?? throw new InvalidOperationException($"The assembly has no resource {NamesResource}.");
        return JsonSerializer.Deserialize<LayoutNames>(json, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"{NamesResource} is empty.");
    }

    [GeneratedRegex("^[a-z][a-z0-9]{0,39}$")]
    private static partial Regex PrefixPattern();

    // infra/storage-layout.json: each table and container by the role the app gives it.
    private sealed record LayoutNames(IReadOnlyDictionary<string, string> Tables, IReadOnlyDictionary<string, string> Containers);
}
