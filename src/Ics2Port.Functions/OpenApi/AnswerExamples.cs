namespace Ics2Port.Functions.OpenApi;

using System.Text.Json.Nodes;
using Ics2Port.Functions.Outcomes;
using Microsoft.OpenApi;

/// <summary>
/// Examples in the OpenAPI document, one file per operation in <c>Examples/</c>: <c>{ "request": …, "responses": {
/// "201": … } }</c>, taken from real answers of the API by a test, which also checks that they still have the shape of
/// the answers the API gives.
/// </summary>
public static class AnswerExamples
{
    private const string ResourcePrefix = "Ics2Port.Functions.OpenApi.Examples.";

    /// <summary>The example file of <paramref name="operationId"/>; null when it has none.</summary>
    public static JsonObject? Of(string operationId)
    {
        using var stream = typeof(AnswerExamples).Assembly.GetManifestResourceStream(ResourcePrefix + operationId + ".json");
        return stream is null ? null : JsonNode.Parse(stream)!.AsObject();
    }

    public static void Apply(OpenApiOperation operation, string operationId)
    {
        if (Of(operationId) is not { } examples)
        {
            return;
        }

        if (examples["request"] is { } request && operation.RequestBody?.Content?.TryGetValue("application/json", out var body) == true)
        {
            body.Example = request.DeepClone();
        }

        foreach (var (status, answer) in examples["responses"]?.AsObject() ?? [])
        {
            if (operation.Responses?.TryGetValue(status, out var response) == true
                && response.Content?.FirstOrDefault(media => media.Key is "application/json" or "text/plain" or ApiResult.ProblemContentType).Value is { } media)
            {
                media.Example = answer?.DeepClone();
            }
        }
    }
}
