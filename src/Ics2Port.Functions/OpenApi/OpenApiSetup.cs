namespace Ics2Port.Functions.OpenApi;

using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

/// <summary>
/// What the OpenAPI document says beyond what the endpoints' metadata gives: the answers of each operation
/// (<see cref="OperationAnswers"/>), which fields of an answer are always there, and the document as a whole
/// (<see cref="DocumentDescription"/>).
/// </summary>
public static class OpenApiSetup
{
    public const string DocumentName = "v1";

    private static readonly HashSet<Type> Requests = [.. RequestRecords.All.Select(record => record.Record)];

    public static void Configure(OpenApiOptions options, string routePrefix)
    {
        options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
        options.AddSchemaTransformer(RequireWhatIsAlwaysWritten);
        options.AddOperationTransformer(OperationAnswers.TransformAsync);
        options.AddDocumentTransformer((document, _, _) =>
        {
            DocumentDescription.Apply(document, routePrefix);
            return Task.CompletedTask;
        });
    }

    // Answers leave out what is null, so a field of a view record is required exactly when it can never be null.
    private static Task RequireWhatIsAlwaysWritten(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo;
        if (context.JsonPropertyInfo is null && type.Kind == JsonTypeInfoKind.Object && !Requests.Contains(type.Type))
        {
            schema.Required = type.Properties
                .Where(property => Nullable.GetUnderlyingType(property.PropertyType) is null && !property.IsGetNullable)
                .Select(property => property.Name)
                .ToHashSet(StringComparer.Ordinal);
        }

        return Task.CompletedTask;
    }
}
