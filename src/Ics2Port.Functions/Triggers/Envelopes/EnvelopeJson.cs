using System.Text.Json;

namespace Ics2Port.Functions.Triggers.Envelopes;

/// <summary>Serialiser settings for the host's envelopes: names exactly as declared (PascalCase), no camelCasing.</summary>
public static class EnvelopeJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General);
}
