using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ics2Port.Functions.OpenApi;
using Json.Schema;

namespace Ics2Port.Functions.Tests.OpenApi;

/// <summary>
/// Holds an answer of the API to the OpenAPI document the app serves: the operation (path and method) and status must be
/// declared, the media type one the answer declares, a JSON body valid against its schema (JSON Schema 2020-12, as
/// OpenAPI 3.1 has it), the required headers there and the headers that matter declared. An answer to a request no
/// operation takes must be a problem.
/// </summary>
public static class OpenApiConformance
{
    private const string ProblemSchemaPointer = "/components/schemas/ApiProblem";

    private static readonly string[] CheckedHeaders = ["ETag", "Location", "Retry-After", "WWW-Authenticate"];
    private static readonly Lazy<JsonObject> Document = new(() =>
        JsonNode.Parse(new OpenApiDocumentSource(AppContext.BaseDirectory).GetAsync().GetAwaiter().GetResult())!.AsObject());

    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);
    private static int _schemaNumber;

    /// <summary>The document as the app serves it.</summary>
    public static JsonObject Served => Document.Value;

    /// <summary>What is wrong with the answer by the document; none when it conforms.</summary>
    public static IReadOnlyList<string> Violations(string method, string requestPath, int status, HttpResponseHeaders headers, HttpContentHeaders contentHeaders, byte[] body)
    {
        var problems = new List<string>();
        var mediaType = contentHeaders.ContentType?.MediaType;
        var server = Document.Value["servers"]![0]!["url"]!.GetValue<string>();
        if (!requestPath.StartsWith(server + "/", StringComparison.Ordinal))
        {
            return problems;
        }

        // No route holds a NUL byte: the server refuses such a request before any operation sees it.
        var operation = requestPath.Contains("%00", StringComparison.Ordinal) ? null : FindOperation(method, requestPath[server.Length..]);
        if (operation is null)
        {
            if (status >= 400)
            {
                CheckBody(ProblemSchemaPointer, "application/problem+json", mediaType, body, problems);
            }

            return problems;
        }

        var (id, node, template) = operation.Value;
        var responses = node["responses"]!.AsObject();
        if (responses[status.ToString(CultureInfo.InvariantCulture)] is not JsonObject response)
        {
            problems.Add($"{id} does not declare {status}.");
            return problems;
        }

        var declaredHeaders = response["headers"]?.AsObject() ?? [];
        foreach (var (name, header) in declaredHeaders)
        {
            if (header?["required"]?.GetValue<bool>() == true && !Has(headers, contentHeaders, name))
            {
                problems.Add($"{id} {status}: the required header {name} is missing.");
            }
        }

        foreach (var name in CheckedHeaders.Where(name => Has(headers, contentHeaders, name)))
        {
            if (!declaredHeaders.ContainsKey(name))
            {
                problems.Add($"{id} {status}: the header {name} is not declared.");
            }
        }

        var content = response["content"]?.AsObject();
        if (content is null || body.Length == 0)
        {
            if (body.Length > 0)
            {
                problems.Add($"{id} {status}: a body where none is declared.");
            }

            return problems;
        }

        if (mediaType is null || !content.ContainsKey(mediaType))
        {
            problems.Add($"{id} {status}: the media type {mediaType ?? "(none)"} is not one of {string.Join(", ", content.Select(media => media.Key))}.");
            return problems;
        }

        CheckBody($"/paths/{Escape(template)}/{method.ToLowerInvariant()}/responses/{status}/content/{Escape(mediaType)}/schema", mediaType, mediaType, body, problems);
        return problems;
    }

    /// <summary>Why <paramref name="instance"/> does not match the schema at <paramref name="schemaPointer"/> in the document; none when it does.</summary>
    public static IReadOnlyList<string> SchemaViolations(string schemaPointer, JsonElement instance)
    {
        var results = SchemaAt(schemaPointer).Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Where(detail => detail.Errors is { Count: > 0 })
                .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value} ({detail.EvaluationPath})"))];
    }

    private static void CheckBody(string schemaPointer, string expectedMediaType, string? mediaType, byte[] body, List<string> problems)
    {
        if (mediaType != expectedMediaType && expectedMediaType == "application/problem+json")
        {
            problems.Add($"An answer to a request no operation takes is {mediaType ?? "(none)"}, not a problem.");
            return;
        }

        if (!(mediaType?.EndsWith("json", StringComparison.Ordinal) ?? false))
        {
            return;
        }

        using var json = JsonDocument.Parse(body);
        if (SchemaViolations(schemaPointer, json.RootElement) is { Count: > 0 } errors)
        {
            problems.Add($"The body does not match {schemaPointer}: {string.Join("; ", errors.Take(8))}");
        }
    }

    // The schema at the pointer as a schema of its own, with the document's components as its $defs.
    private static JsonSchema SchemaAt(string pointer) => Schemas.GetOrAdd(pointer, _ =>
    {
        var node = Document.Value as JsonNode;
        foreach (var token in pointer.Split('/').Skip(1))
        {
            node = node![token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
        }

        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = Document.Value["components"]!["schemas"]!.DeepClone(),
            ["allOf"] = new JsonArray(node!.DeepClone()),
        };
        var text = schema.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        var number = Interlocked.Increment(ref _schemaNumber);
        return JsonSchema.FromText(text, baseUri: new Uri(string.Create(CultureInfo.InvariantCulture, $"urn:ics2port:openapi:{number}")));
    });

    private static (string Id, JsonObject Node, string Path)? FindOperation(string method, string path)
    {
        var segments = path.Split('/');
        var candidates = Document.Value["paths"]!.AsObject()
            .Where(entry => Matches(entry.Key.Split('/'), segments))
            .OrderByDescending(entry => entry.Key.Split('/').Count(segment => !segment.StartsWith('{')));
        foreach (var (template, item) in candidates)
        {
            return item![method.ToLowerInvariant()] is JsonObject operation
                ? (operation["operationId"]!.GetValue<string>(), operation, template)
                : null;
        }

        return null;
    }

    private static bool Matches(string[] template, string[] segments) =>
        template.Length == segments.Length
        && template.Zip(segments).All(pair => pair.First.StartsWith('{') ? pair.Second.Length > 0 : pair.First == pair.Second);

    private static bool Has(HttpResponseHeaders headers, HttpContentHeaders contentHeaders, string name) =>
        headers.NonValidated.Contains(name) || contentHeaders.NonValidated.Contains(name);

    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
