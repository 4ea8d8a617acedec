using System.Text.Json;

namespace Ics2Port.Functions.Tests.Packaging;

/// <summary>One function of the <c>functions.metadata</c> the Worker SDK generates: what the host indexes in Azure.</summary>
internal sealed record FunctionMetadata(string Name, string ScriptFile, IReadOnlyList<JsonElement> Bindings)
{
    public const string FileName = "functions.metadata";

    public JsonElement Trigger => Bindings.Single(b => Text(b, "type").EndsWith("Trigger", StringComparison.OrdinalIgnoreCase));

    public string TriggerType => Text(Trigger, "type");

    public bool IsBlobTriggered => string.Equals(TriggerType, "blobTrigger", StringComparison.OrdinalIgnoreCase);

    /// <summary>The container of a blob trigger's path (<c>inbound/{name}</c> → <c>inbound</c>).</summary>
    public string BlobContainer => TriggerText("path").Split('/')[0];

    public string TriggerText(string property) => Text(Trigger, property);

    public static IReadOnlyList<FunctionMetadata> Read(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(function => new FunctionMetadata(
            Text(function, "name"),
            Text(function, "scriptFile"),
            [.. function.GetProperty("bindings").EnumerateArray().Select(binding => binding.Clone())]))];
    }

    /// <summary>The file of this build: the Worker SDK copies it from the function project into every project that references it.</summary>
    public static IReadOnlyList<FunctionMetadata> ReadBuilt()
    {
        var path = Path.Combine(AppContext.BaseDirectory, FileName);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"No {FileName} at '{path}'; it comes with the reference to src/Ics2Port.Functions.");
        }

        using var file = File.OpenRead(path);
        return Read(file);
    }

    private static string Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : string.Empty;
}
