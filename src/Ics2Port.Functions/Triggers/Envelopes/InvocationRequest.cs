using System.Text.Json;

namespace Ics2Port.Functions.Triggers.Envelopes;

/// <summary>
/// The Functions host's request envelope for a non-HTTP function: <c>{ "Data": { binding: value }, "Metadata": { key: value } }</c>.
/// Keys are matched case-insensitively; values are kept raw because the host encodes them inconsistently
/// (see <see cref="EnvelopeValues"/>).
/// </summary>
public sealed record InvocationRequest(
    IReadOnlyDictionary<string, JsonElement> Data,
    IReadOnlyDictionary<string, JsonElement> Metadata)
{
    public static InvocationRequest Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return FromRoot(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new InvocationEnvelopeException("The invocation envelope is not valid JSON.", e);
        }
    }

    public static async Task<InvocationRequest> ParseAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(utf8Json, cancellationToken: cancellationToken);
            return FromRoot(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new InvocationEnvelopeException("The invocation envelope is not valid JSON.", e);
        }
    }

    /// <summary>The value the host sent for a binding, or for a metadata key, if any.</summary>
    public JsonElement? DataFor(string bindingName) => Data.TryGetValue(bindingName, out var value) ? value : null;

    public JsonElement? MetadataFor(string key) => Metadata.TryGetValue(key, out var value) ? value : null;

    private static InvocationRequest FromRoot(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvocationEnvelopeException($"The invocation envelope must be a JSON object, not {root.ValueKind}.");
        }

        return new InvocationRequest(ReadSection(root, "Data"), ReadSection(root, "Metadata"));
    }

    private static Dictionary<string, JsonElement> ReadSection(JsonElement root, string name)
    {
        var section = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        if (!EnvelopeValues.TryGetProperty(root, name, out var value))
        {
            return section;
        }

        // A section can itself arrive JSON-encoded as a string (azure-functions-host#5815).
        value = EnvelopeValues.Unwrap(value);
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return section;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    section[property.Name] = property.Value.Clone();
                }

                return section;
            default:
                throw new InvocationEnvelopeException($"'{name}' in the invocation envelope must be an object, not {value.ValueKind}.");
        }
    }
}
