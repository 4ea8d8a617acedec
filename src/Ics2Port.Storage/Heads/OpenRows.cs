using System.Globalization;
using Azure.Data.Tables;

namespace Ics2Port.Storage.Heads;

/// <summary>
/// Each open item is a row of its own in the port call's partition, RowKey <c>open|{kind}|{key}|{version}</c>: inserted in
/// the transaction that stores the version, deleted in the transaction that ends its delivery. The head stays the same
/// size however many versions wait, and the timer reads a port call's open items with one range query.
/// </summary>
public static class OpenRows
{
    /// <summary>What every open row's key starts with; no version row or head starts so.</summary>
    public const string Prefix = "open|";

    // '}' follows '|': every key with the prefix sorts below it.
    private const string End = "open}";

    /// <summary>True for the key of an open row (to skip them when scanning a partition's versions).</summary>
    public static bool IsOpenRow(string rowKey) => rowKey.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The row key of <paramref name="item"/>; a kind's items sort by key, then oldest version first.</summary>
    public static string RowKeyOf(OpenItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return $"{Prefix}{item.Kind}|{item.Key}|{item.Version.ToString("D10", CultureInfo.InvariantCulture)}";
    }

    internal static TableEntity ToEntity(string portCallId, OpenItem item) => new(portCallId, RowKeyOf(item))
    {
        ["Kind"] = item.Kind,
        ["Key"] = item.Key,
        ["Version"] = item.Version,
    };

    internal static OpenItem FromEntity(TableEntity entity) =>
        new(entity.GetString("Kind") ?? string.Empty, entity.GetString("Key") ?? string.Empty, entity.GetInt32("Version") ?? 0);

    /// <summary>The open rows of one port call, in key order.</summary>
    internal static string FilterOf(string portCallId) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {portCallId} and RowKey gt {Prefix} and RowKey lt {End}");
}
