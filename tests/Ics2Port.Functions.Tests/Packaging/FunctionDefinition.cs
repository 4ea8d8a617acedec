using System.Text.Json;

namespace Ics2Port.Functions.Tests.Packaging;

/// <summary>One function folder at the repository root: its name and the bindings of its function.json.</summary>
internal sealed record FunctionDefinition(string Name, IReadOnlyList<JsonElement> Bindings)
{
    public static IReadOnlyList<FunctionDefinition> ReadAll(string repositoryRoot) =>
        Directory.EnumerateDirectories(repositoryRoot)
            .Where(folder => File.Exists(Path.Combine(folder, "function.json")))
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToList();

    public IReadOnlyList<JsonElement> Triggers =>
        Bindings.Where(b => Text(b, "type").EndsWith("Trigger", StringComparison.OrdinalIgnoreCase)).ToList();

    public string TriggerType => Text(Triggers.Single(), "type");

    public bool IsHttp => string.Equals(TriggerType, "httpTrigger", StringComparison.OrdinalIgnoreCase);

    /// <summary>The route template, or the function name when function.json gives none (the host's default).</summary>
    public FunctionRouteTemplate Route
    {
        get
        {
            var route = Text(Triggers.Single(), "route");
            return FunctionRouteTemplate.Parse(route.Length == 0 ? Name : route);
        }
    }

    /// <summary>Methods the httpTrigger accepts; empty means all.</summary>
    public IReadOnlyList<string> Methods =>
        Triggers.Single().TryGetProperty("methods", out var methods)
            ? methods.EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant()).ToList()
            : [];

    public static string Text(JsonElement binding, string property) =>
        binding.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : string.Empty;

    private static FunctionDefinition Read(string folder)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "function.json")));
        var bindings = document.RootElement.GetProperty("bindings").EnumerateArray().Select(b => b.Clone()).ToList();
        return new FunctionDefinition(Path.GetFileName(folder), bindings);
    }
}
