using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Layout;

namespace Ics2Port.Storage.Supplies;

/// <summary>
/// Every accepted version of every ship supply and of its proof of loading, versioned exactly as port call documents are
/// (<see cref="DocumentStore"/>) in a table and container of their own: a version's <see cref="DocumentVersion.Direction"/>
/// is <see cref="Supply"/> or <see cref="Loading"/>, its <see cref="DocumentVersion.Type"/> the supply id and its
/// <see cref="DocumentVersion.AgentId"/> the supplier who owns it.
/// </summary>
public sealed class SupplyStore(StorageLayout layout)
{
    /// <summary>The kind of the supply's own versions.</summary>
    public const string Supply = "supply";

    /// <summary>The kind of the versions of its proof of loading on board.</summary>
    public const string Loading = "loading";

    private readonly DocumentStore _versions = new(layout, layout.SuppliesTable, layout.SuppliesContainer);

    /// <summary>Commits a version of the supply (<see cref="Supply"/>) or its proof (<see cref="Loading"/>); see <see cref="DocumentStore.CommitAsync"/>.</summary>
    public Task<DocumentCommit> CommitAsync(
        DocumentSubmission submission,
        Func<DocumentVersion?, bool>? precondition = null,
        CancellationToken cancellationToken = default) =>
        _versions.CommitAsync(submission, precondition, cancellationToken);

    /// <summary>The latest version of a supply or of its proof, or null.</summary>
    public Task<DocumentVersion?> GetLatestAsync(string portCallId, string kind, string supplyId, CancellationToken cancellationToken = default) =>
        _versions.GetLatestAsync(portCallId, kind, supplyId, cancellationToken);

    /// <summary>One version of a supply or of its proof, or null.</summary>
    public Task<DocumentVersion?> GetVersionAsync(string portCallId, string kind, string supplyId, int version, CancellationToken cancellationToken = default) =>
        _versions.GetVersionAsync(portCallId, kind, supplyId, version, cancellationToken);

    /// <summary>The latest version of every supply and proof of a port call, in no particular order.</summary>
    public Task<IReadOnlyList<DocumentVersion>> GetLatestVersionsAsync(string portCallId, CancellationToken cancellationToken = default) =>
        _versions.GetLatestVersionsAsync(portCallId, cancellationToken);

    /// <summary>The raw body of <paramref name="version"/> exactly as it was received.</summary>
    public Task<BinaryData> ReadContentAsync(DocumentVersion version, CancellationToken cancellationToken = default) =>
        _versions.ReadContentAsync(version, cancellationToken);
}
