using System.Globalization;
using System.Text.Json;
using Azure;

namespace Ics2Port.Storage;

/// <summary>
/// Entity JSON in the Table service's OData v3 format. Types JSON cannot tell apart carry a
/// <c>Name@odata.type</c> annotation; responses use minimal metadata so they carry them too.
/// </summary>
internal static class TableEntityJson
{
    private const string TypeSuffix = "@odata.type";
    private const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static BinaryData Write(TableEntity entity)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("PartitionKey", entity.PartitionKey);
            writer.WriteString("RowKey", entity.RowKey);
            foreach (var (name, value) in entity.Properties)
            {
                WriteProperty(writer, name, value);
            }

            writer.WriteEndObject();
        }

        return BinaryData.FromBytes(stream.ToArray());
    }

    public static TableEntity Read(JsonElement json)
    {
        string? partitionKey = null;
        string? rowKey = null;
        string? etag = null;
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = new List<JsonProperty>();
        foreach (var property in json.EnumerateObject())
        {
            switch (property.Name)
            {
                case "PartitionKey":
                    partitionKey = property.Value.GetString();
                    break;
                case "RowKey":
                    rowKey = property.Value.GetString();
                    break;
                case "odata.etag":
                    etag = property.Value.GetString();
                    break;
                case var name when name.EndsWith(TypeSuffix, StringComparison.Ordinal):
                    types[name[..^TypeSuffix.Length]] = property.Value.GetString() ?? string.Empty;
                    break;
                case var name when name.StartsWith("odata.", StringComparison.Ordinal):
                    break;
                default:
                    values.Add(property);
                    break;
            }
        }

        var entity = new TableEntity(
            partitionKey ?? throw new FormatException("The entity has no PartitionKey."),
            rowKey ?? throw new FormatException("The entity has no RowKey."));
        if (etag is not null)
        {
            entity.ETag = new ETag(etag);
        }

        foreach (var property in values)
        {
            var value = ReadValue(property.Name, property.Value, types.GetValueOrDefault(property.Name));
            if (property.Name == "Timestamp")
            {
                entity.Timestamp = value as DateTimeOffset? ?? ParseDateTime((string)value!);
            }
            else if (value is not null)
            {
                entity.SetFromService(property.Name, value);
            }
        }

        return entity;
    }

    private static void WriteProperty(Utf8JsonWriter writer, string name, object value)
    {
        switch (value)
        {
            case string s:
                writer.WriteString(name, s);
                break;
            case int i:
                writer.WriteNumber(name, i);
                break;
            case bool b:
                writer.WriteBoolean(name, b);
                break;
            case long l:
                writer.WriteString(name + TypeSuffix, "Edm.Int64");
                writer.WriteString(name, l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                writer.WriteString(name + TypeSuffix, "Edm.Double");
                if (double.IsFinite(d))
                {
                    writer.WriteNumber(name, d);
                }
                else
                {
                    writer.WriteString(name, d.ToString(CultureInfo.InvariantCulture));
                }

                break;
            case DateTimeOffset d:
                writer.WriteString(name + TypeSuffix, "Edm.DateTime");
                writer.WriteString(name, d.UtcDateTime.ToString(DateTimeFormat, CultureInfo.InvariantCulture));
                break;
            case Guid g:
                writer.WriteString(name + TypeSuffix, "Edm.Guid");
                writer.WriteString(name, g.ToString("D"));
                break;
            case byte[] bytes:
                writer.WriteString(name + TypeSuffix, "Edm.Binary");
                writer.WriteBase64String(name, bytes);
                break;
            default:
                throw new InvalidOperationException($"Property '{name}' has unsupported type {value.GetType()}.");
        }
    }

    private static object? ReadValue(string name, JsonElement value, string? type)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return type switch
        {
            null or "" => Untyped(name, value),
            "Edm.String" => value.GetString(),
            "Edm.Int32" => value.GetInt32(),
            "Edm.Int64" => long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            "Edm.Double" => value.ValueKind == JsonValueKind.Number
                ? value.GetDouble()
                : double.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture),
            "Edm.Boolean" => value.GetBoolean(),
            "Edm.DateTime" => ParseDateTime(value.GetString()!),
            "Edm.Guid" => Guid.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            "Edm.Binary" => value.GetBytesFromBase64(),
            _ => throw new FormatException($"Property '{name}' has unknown type {type}."),
        };
    }

    // Without an annotation JSON says string, Boolean, Int32 (integral number) or Double.
    private static object Untyped(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => value.TryGetInt32(out var i) ? i : (object)value.GetDouble(),
        _ => throw new FormatException($"Property '{name}' has unexpected JSON {value.ValueKind}."),
    };

    private static DateTimeOffset ParseDateTime(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
