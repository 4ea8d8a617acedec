using System.Text.Json;
using Azure.Data.Tables;

namespace Ics2Port.Storage.Heads;

/// <summary>Between <see cref="PortCallHead"/> and its table row.</summary>
internal static class HeadEntities
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TableEntity ToEntity(PortCallHead head)
    {
        var entity = new TableEntity(head.PortCallId, PortCallHead.RowKey)
        {
            ["AgentId"] = head.AgentId,
            ["Documents"] = JsonSerializer.Serialize(head.Documents, Json),
            ["Indexed"] = head.Indexed,
        };
        if (head.Open.Count > 0)
        {
            // The first open versions (at most PortCallHead.MaxOpenOnHead); the rest are rows of their own.
            entity["Open"] = JsonSerializer.Serialize(head.Open, Json);
        }

        if (head.PortCallJson is { } portCall)
        {
            entity["PortCall"] = portCall;
        }

        if (head.CreatedAt is { } createdAt)
        {
            entity["CreatedAt"] = createdAt;
        }

        return entity;
    }

    public static PortCallHead FromEntity(TableEntity entity) => new()
    {
        PortCallId = entity.PartitionKey,
        AgentId = entity.GetString("AgentId") ?? string.Empty,
        PortCallJson = entity.GetString("PortCall"),
        CreatedAt = entity.GetDateTimeOffset("CreatedAt"),
        Documents = entity.GetString("Documents") is { Length: > 0 } documents
            ? JsonSerializer.Deserialize<Dictionary<string, HeadDocument>>(documents, Json) ?? []
            : new Dictionary<string, HeadDocument>(),
        Open = entity.GetString("Open") is { Length: > 0 } open
            ? JsonSerializer.Deserialize<List<OpenItem>>(open, Json) ?? []
            : [],
        Indexed = entity.GetBoolean("Indexed") ?? false,
        ETag = entity.ETag,
        Timestamp = entity.Timestamp,
    };
}
