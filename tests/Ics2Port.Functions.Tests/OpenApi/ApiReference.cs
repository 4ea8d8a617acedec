using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Ics2Port.Functions.Tests.OpenApi;

/// <summary>The OpenAPI document as Markdown a person reads: the operations by tag, then every schema with its fields.</summary>
public static class ApiReference
{
    private static readonly string[] Limits = ["minimum", "exclusiveMinimum", "maximum", "minItems", "minLength"];

    public static string Render(JsonObject document)
    {
        var text = new StringBuilder();
        var info = document["info"]!;
        text.AppendLine(CultureInfo.InvariantCulture, $"# {info["title"]} API reference");
        text.AppendLine();
        text.AppendLine("Generated from the OpenAPI document the app serves at `/api/openapi.json` (OpenAPI 3.1); `OpenApi/ApiReferenceTests` keeps this file in step with it. Do not edit it by hand.");
        text.AppendLine();
        text.AppendLine(info["description"]!.GetValue<string>());
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Paths below are relative to the server `{document["servers"]![0]!["url"]}`.");
        text.AppendLine();

        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(item => (Path: path.Key, Method: item.Key.ToUpperInvariant(), Operation: item.Value!.AsObject())))
            .GroupBy(entry => entry.Operation["tags"]?[0]?.GetValue<string>() ?? "Other")
            .OrderBy(group => group.Key, StringComparer.Ordinal);
        foreach (var tag in operations)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"## {tag.Key}");
            text.AppendLine();
            foreach (var (path, method, operation) in tag.OrderBy(entry => entry.Path, StringComparer.Ordinal).ThenBy(entry => entry.Method, StringComparer.Ordinal))
            {
                Operation(text, path, method, operation);
            }
        }

        text.AppendLine("## Schemas");
        text.AppendLine();
        foreach (var (name, schema) in document["components"]!["schemas"]!.AsObject().OrderBy(schema => schema.Key, StringComparer.Ordinal))
        {
            Schema(text, name, schema!.AsObject());
        }

        return text.ToString().TrimEnd() + "\n";
    }

    private static void Operation(StringBuilder text, string path, string method, JsonObject operation)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"### `{method} {path}` ({operation["operationId"]})");
        text.AppendLine();
        text.AppendLine(operation["summary"]!.GetValue<string>());
        text.AppendLine();
        if (operation["description"]?.GetValue<string>() is { } description)
        {
            text.AppendLine(description);
            text.AppendLine();
        }

        text.AppendLine(operation["security"] is JsonArray { Count: 0 } ? "No API key." : "API key (`X-Api-Key`).");
        text.AppendLine();
        if (operation["parameters"] is JsonArray { Count: > 0 } parameters)
        {
            text.AppendLine("| Parameter | In | Type | Description |");
            text.AppendLine("|---|---|---|---|");
            foreach (var parameter in parameters)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| `{parameter!["name"]}` | {parameter["in"]} | {Type(parameter["schema"]!.AsObject())} | {Cell(parameter["description"])} |");
            }

            text.AppendLine();
        }

        if (operation["requestBody"] is JsonObject body)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Body{(body["required"]?.GetValue<bool>() == true ? string.Empty : " (optional)")}: {string.Join("; ", body["content"]!.AsObject().Select(media => $"`{media.Key}` {Type(media.Value!["schema"]!.AsObject())}"))}.");
            text.AppendLine();
        }

        text.AppendLine("| Status | Answer | Headers | Leads to |");
        text.AppendLine("|---|---|---|---|");
        foreach (var (status, response) in operation["responses"]!.AsObject())
        {
            var content = response!["content"]?.AsObject().Select(media => $"`{media.Key}` {Type(media.Value!["schema"]!.AsObject())}") ?? [];
            var answer = content.Any() ? $"{string.Join(", ", content)}: {Cell(response["description"])}" : Cell(response["description"]);
            var headers = response["headers"]?.AsObject().Select(header => $"`{header.Key}`") ?? [];
            var links = response["links"]?.AsObject().Select(link => link.Key) ?? [];
            text.AppendLine(CultureInfo.InvariantCulture, $"| {status} | {answer} | {string.Join(", ", headers)} | {string.Join(", ", links)} |");
        }

        text.AppendLine();
    }

    private static void Schema(StringBuilder text, string name, JsonObject schema)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"### {name}");
        text.AppendLine();
        if (schema["description"]?.GetValue<string>() is { } description)
        {
            text.AppendLine(description.ReplaceLineEndings(" "));
            text.AppendLine();
        }

        if (schema["properties"] is not JsonObject properties)
        {
            return;
        }

        var required = schema["required"]?.AsArray().Select(field => field!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
        text.AppendLine("| Field | Type | Required | Description |");
        text.AppendLine("|---|---|---|---|");
        foreach (var (field, property) in properties)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{field}` | {Type(property!.AsObject())} | {(required.Contains(field) ? "yes" : "no")} | {Cell(property["description"])} |");
        }

        text.AppendLine();
    }

    private static string Type(JsonObject schema)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            var name = reference.Split('/')[^1];
            return $"[{name}](#{name.ToLowerInvariant()})";
        }

        if (schema["oneOf"] is JsonArray choices)
        {
            return string.Join(" or ", choices.Select(choice => Type(choice!.AsObject())));
        }

        var types = schema["type"] switch
        {
            JsonArray many => many.Select(type => type!.GetValue<string>()).Where(type => type != "null").ToList(),
            JsonValue one => [one.GetValue<string>()],
            _ => ["any"],
        };
        var type = string.Join(" or ", types.Select(kind => kind == "array" ? $"list of {Type(schema["items"]!.AsObject())}" : kind));
        var facts = new List<string>();
        if (schema["format"] is { } format)
        {
            facts.Add(format.GetValue<string>());
        }

        if (schema["enum"] is JsonArray values)
        {
            facts.Add("one of " + string.Join(", ", values.Select(value => $"`{value}`")));
        }

        if (schema["pattern"] is { } pattern)
        {
            facts.Add($"pattern `{pattern.GetValue<string>().Replace("|", "\\|", StringComparison.Ordinal)}`");
        }

        foreach (var limit in Limits.Where(schema.ContainsKey))
        {
            facts.Add($"{limit} {schema[limit]}");
        }

        return facts.Count == 0 ? type : $"{type} ({string.Join("; ", facts)})";
    }

    private static string Cell(JsonNode? text) =>
        text?.GetValue<string>().ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal) ?? string.Empty;
}
