using Azure;

namespace Ics2Port.Storage.Heads;

/// <summary>
/// One row per port call, in its partition of the document versions table: the owner, the port call as registered and
/// each document's latest version. A submission reads it once, decides everything from it
/// and commits the new version together with the changed head in one transaction conditioned on its ETag.
/// </summary>
public sealed record PortCallHead
{
    public const string RowKey = "head";

    /// <summary>How many open versions the head lists itself (a few hundred bytes); more become open rows.</summary>
    public const int MaxOpenOnHead = 16;

    public required string PortCallId { get; init; }

    public required string AgentId { get; init; }

    /// <summary>The port call request as JSON; null for a head built from versions stored before heads existed.</summary>
    public string? PortCallJson { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>By <c>{direction}|{type}</c>.</summary>
    public required IReadOnlyDictionary<string, HeadDocument> Documents { get; init; }

    /// <summary>
    /// The first versions whose delivery has not ended, up to <see cref="MaxOpenOnHead"/>, oldest first: a commit adds its
    /// version here while there is room, so the usual filing writes no open row of its own; beyond that, versions are open
    /// as rows of their own (<see cref="OpenRows"/>), so the head stays small however many wait. Items leave as they end.
    /// </summary>
    public required IReadOnlyList<OpenItem> Open { get; init; }

    /// <summary>True while the port call has its row in the delivery index, so the timer visits it.</summary>
    public bool Indexed { get; init; }

    /// <summary>The row's ETag; default when there is no row yet (the commit then inserts it).</summary>
    public ETag ETag { get; init; }

    /// <summary>When the row was last written.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    public bool Exists => ETag != default;

    public static string KeyOf(string direction, string type) => $"{direction}|{type}";

    public HeadDocument? Document(string direction, string type) => Documents.GetValueOrDefault(KeyOf(direction, type));

    /// <summary>
    /// This head with <paramref name="item"/> open on it when it has room (<see cref="MaxOpenOnHead"/>); otherwise the
    /// head as it is and the open row the item needs.
    /// </summary>
    public (PortCallHead Head, OpenItem? RowNeeded) Opening(OpenItem item) =>
        Open.Count < MaxOpenOnHead ? (this with { Open = [.. Open, item] }, null) : (this, item);
}
